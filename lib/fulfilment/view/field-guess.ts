/** Guessing which rectifiable field a subject meant, from their own words (English or French). */

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Words a subject may use for a field, mapped to the field names datasets commonly use. */
const SYNONYMS: [RegExp, string[]][] = [
  [/\b(e ?mail|courriel|mail address)\b/, ["email", "e_mail", "mail"]],
  [/\b(phone|telephone|mobile|tel|portable)\b/, ["phone", "telephone", "mobile", "phone_number"]],
  [/\b(first ?name|given name|forename|prenom)\b/, ["first_name", "firstname", "given_name"]],
  [/\b(last ?name|surname|family name|nom de famille|nom)\b/, ["last_name", "lastname", "surname", "family_name"]],
  [/\b(birth|born|naissance|dob)\b/, ["birth_date", "date_of_birth", "dob", "birthdate"]],
  [/\b(post ?code|postal code|zip|code postal)\b/, ["postcode", "postal_code", "zip", "zip_code"]],
  [/\b(city|town|ville)\b/, ["city", "town"]],
  [/\b(street|address|adresse|line ?1)\b/, ["line1", "address", "street", "address_line1"]],
  [/\b(country|pays)\b/, ["country"]],
];

/**
 * The rectifiable field the subject most likely meant ("Phone number" → phone). Only a guess to
 * prefill the form; staff choose the field. Returns "" when nothing matches.
 */
export function guessField(proposed: string, fields: { key: string; table: string; field: string }[]): string {
  const words = norm(proposed);
  if (!words) return "";
  const exact = fields.find((f) => norm(f.field) === words || norm(`${f.table} ${f.field}`) === words);
  if (exact) return exact.key;
  for (const [pattern, names] of SYNONYMS) {
    if (!pattern.test(words)) continue;
    const hit = fields.find((f) => names.includes(f.field.toLowerCase()));
    if (hit) return hit.key;
  }
  const partial = fields.find(
    (f) =>
      words.split(" ").includes(norm(f.field)) ||
      norm(f.field)
        .split(" ")
        .every((w) => words.includes(w)),
  );
  return partial?.key ?? "";
}
