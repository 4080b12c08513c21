import type { Locale } from "@/lib/domain/locale";

/**
 * Why a field was refused, in the staff member's language. Schemas and use cases state their reasons
 * in English (the REST API answers in English, its documented contract); the staff wrappers pass each
 * reason through `localiseFieldReason`. Fixed phrases are looked up whole; phrases that end with a
 * list of allowed values ("must be one of a, b") are matched on their fixed start.
 * `field-reasons.test.ts` checks that every reason written in the staff-reachable code has its French.
 */
const FIXED_FR: Record<string, string> = {
  "is required": "est obligatoire",
  "must not be empty": "ne doit pas être vide",
  "invalid JSON": "JSON invalide",
  "must be a JSON object": "doit être un objet JSON",
  "must be at least 1": "doit valoir au moins 1",
  "must be a number": "doit être un nombre",
  "must be true or false": "doit être vrai ou faux",
  "must be fr or en": "doit être fr ou en",
  "must be en or fr": "doit être en ou fr",
  "must be a valid e-mail address": "doit être une adresse e-mail valide",
  "must be an http or https URL": "doit être une adresse http ou https",
  "must be a date": "doit être une date",
  "must be a date (YYYY-MM-DD)": "doit être une date (AAAA-MM-JJ)",
  "must be a date and time": "doit être une date et une heure",
  "must be an ISO 8601 date and time": "doit être une date et une heure ISO 8601",
  "the note must be at most 1000 characters": "la note doit contenir au plus 1000 caractères",
  "each line must be at most 500 characters": "chaque ligne doit contenir au plus 500 caractères",
  "is not a request id": "n'est pas un identifiant de demande",
  "is not a request": "n'est pas une demande",
  "is not a request type": "n'est pas un type de demande",
  "is not a delivery id": "n'est pas un identifiant d'envoi",
  "is not an endpoint id": "n'est pas un identifiant de point de réception",
  "must be an http(s) URL": "doit être une adresse http ou https",
  "must be 2-100 letters, digits, _ . or -": "doit compter 2 à 100 lettres, chiffres, _ . ou -",
  "must be a whole number": "doit être un nombre entier",
  "must be a staff id or unassigned": "doit être un membre de l'équipe ou « non attribuée »",
  "must be a staff account id": "doit être un compte de l'équipe",
  "must be a key id": "doit être un identifiant de clé",
  "must be approved or rejected": "doit être approuvé ou refusé",
  "must be a signed permission or a power of attorney": "doit être une autorisation signée ou une procuration",
  "say why this correction is not applied": "dites pourquoi cette correction n'est pas appliquée",
  "the agent holds a power of attorney (11 CCR § 7063(b))": "l'agent détient une procuration (11 CCR § 7063(b))",
  "must be schema.table": "doit être de la forme schema.table",
  "must be a plain lower-case SQL identifier": "doit être un identifiant SQL simple en minuscules",
  "must be a regime code such as GDPR, UK_GDPR, CCPA, LGPD, PIPEDA, NFADP or US_TX":
    "doit être un code de régime tel que GDPR, UK_GDPR, CCPA, LGPD, PIPEDA, NFADP ou US_TX",
  "the country must be a two-letter ISO code such as US": "le pays doit être un code ISO à deux lettres, par ex. US",
  "is not a supported country or region": "n'est pas un pays ou une région pris en charge",
  "choose a reason": "choisissez un motif",
  'is only for a correction not applied: choose "Not applied" to decline it':
    "ne sert qu’à une correction non appliquée : choisissez « Non appliquée » pour la refuser",
  "is not a ground of refusal under this law": "n’est pas un motif de refus prévu par cette loi",
  "choose a CSV file": "choisissez un fichier CSV",
  "choose at least one scope": "choisissez au moins une portée",
  "choose at least one event": "choisissez au moins un événement",
  "choose how the identity was checked": "indiquez comment l'identité a été vérifiée",
  "say how the identity was checked": "dites comment l’identité a été vérifiée",
  "choose phone, letter or email": "choisissez téléphone, courrier ou e-mail",
  "choose phone, letter or e-mail": "choisissez téléphone, courrier ou e-mail",
  "select at least one request": "sélectionnez au moins une demande",
  "at most 200 at once": "au plus 200 à la fois",
  "at most 50 changes": "au plus 50 modifications",
  "a table is reached either by identity columns or via a parent, not both":
    "une table est atteinte soit par des colonnes d'identité, soit par une table parente, pas les deux",
  "at most five opt-outs": "au plus cinq oppositions",
  "this right is not offered under the law of this place of residence":
    "ce droit n'est pas prévu par la loi de ce lieu de résidence",
  "must name at least one opt-out": "doit nommer au moins une opposition",
  "say why, in at least 10 characters": "dites pourquoi, en au moins 10 caractères",
  "say what you found and did, in at least 10 characters":
    "dites ce que vous avez trouvé et fait, en au moins 10 caractères",
  "say what you did (at least 3 characters)": "dites ce que vous avez fait (au moins 3 caractères)",
  "give a reason (at least 3 characters)": "donnez un motif (au moins 3 caractères)",
  "give the reason (at least 10 characters)": "donnez la raison (au moins 10 caractères)",
  "is only for a question about a profiling decision": "ne concerne que la contestation d’une décision de profilage",
  "is required for a question about profiling: say which decision you question":
    "est obligatoire pour contester un profilage : indiquez la décision contestée",
  "give the reason for the extension, in at least 10 characters":
    "donnez le motif de la prolongation, en au moins 10 caractères",
  "must be a residence code such as US-CA or US-VA": "doit être un code de résidence tel que US-CA ou US-VA",
  "give the reason for the decision, in at least 10 characters":
    "donnez le motif de la décision, en au moins 10 caractères",
  "explain why the restriction ends (at least 10 characters)":
    "expliquez pourquoi la limitation prend fin (au moins 10 caractères)",
  "approve at least one change, or refuse the request with a reason":
    "approuvez au moins une modification, ou refusez la demande avec un motif",
  "is required for an objection request": "est obligatoire pour une demande d'opposition",
  "is required for a restriction request": "est obligatoire pour une demande de limitation",
  "is required for a rectification request: list each field and its correct value":
    "est obligatoire pour une demande de rectification : indiquez chaque champ et sa valeur correcte",
  "does not match the new password": "ne correspond pas au nouveau mot de passe",
  "is already used": "est déjà utilisée",
  "only numbers, flags and counts per table are kept":
    "seuls les nombres, indicateurs et comptes par table sont conservés",
  "too long": "trop long",
  "a file is empty": "un fichier est vide",
  "must be a PDF, PNG, JPEG or plain-text file": "doit être un fichier PDF, PNG, JPEG ou texte brut",
  invalid: "invalide",
  required: "obligatoire",
  "made the refusal under appeal": "a pris la décision de refus contestée",
  already_appealed: "déjà contestée",
  totp_invalid: "code de l'application d'authentification invalide",
  locked: "verrouillé",
  "no callback in time": "aucune réponse du système à temps",
  decided: "déjà tranché",
  "no extension under this law": "aucune prolongation sous cette loi",
  "the first decision period is over": "le premier délai de décision est écoulé",
  "must be in the future": "doit être dans le futur",
  "cannot be in the future": "ne peut pas être dans le futur",
  "cannot be before 2000-01-01": "ne peut pas être antérieure au 2000-01-01",
  "is not your current password": "n'est pas votre mot de passe actuel",
  "must differ from your current password": "doit différer de votre mot de passe actuel",
  "is already registered": "est déjà enregistré",
  "is already the recorded residence": "est déjà la résidence enregistrée",
  "is offered on Swiss requests only": "n'est proposée que pour les demandes suisses",
  "is not a field this system can correct": "n'est pas un champ que ce système peut corriger",
  "must be plain text (no HTML tags)": "doit être du texte brut (sans balises HTML)",
  "must not contain control characters": "ne doit pas contenir de caractères de contrôle",
  "must not contain template markers": "ne doit pas contenir de marqueurs de modèle",
  "is not a mail template": "n'est pas un modèle de courriel",
  "is not a supported jurisdiction (a code such as FR, GB, US-CA, BR, CA, CH; OTHER for another country)":
    "n'est pas une juridiction prise en charge (un code comme FR, GB, US-CA, BR, CA, CH ; OTHER pour un autre pays)",
  "a line is listed twice": "une ligne figure deux fois",
  // A system's French or English version of its recipients' names (lib/systems/register-translations.ts).
  "write the names only: the e-mail addresses stay those given under Recipients":
    "écrivez les noms seulement : les adresses e-mail restent celles données sous Destinataires",
  "there are no recipients to translate: list them under Recipients first":
    "il n'y a aucun destinataire à traduire : indiquez-les d'abord sous Destinataires",
  // The CSV import's problems (lib/requests/import/rows.ts), shown on its preview page.
  "the file is empty": "le fichier est vide",
  "is not a known column (see the template)": "n'est pas une colonne connue (voir le modèle)",
  "is a required column": "est une colonne obligatoire",
  "is not a valid date and time": "n'est pas une date et une heure valides",
  "must give a date, a time and its zone: 2026-11-02T09:30:00+01:00 or 2026-11-02 09:30 Europe/Paris":
    "doit donner une date, une heure et son fuseau : 2026-11-02T09:30:00+01:00 ou 2026-11-02 09:30 Europe/Paris",
  "is not a wording slot": "n'est pas un paragraphe modifiable",
  "is legally required and generated from the regime: it cannot be changed or removed":
    "est exigé par la loi et généré selon le régime : il ne peut être ni modifié ni supprimé",
  // A system's register form (lib/systems/register-facts.ts), and its line-by-line checks of the
  // recipients (lib/systems/recipients.ts) and transfers (lib/systems/transfers.ts), each after "line N: ".
  "choose legal bases from the list": "choisissez les bases légales dans la liste",
  "write the e-mail address as Name <address>": "écrivez l'adresse e-mail sous la forme Nom <adresse>",
  "give the recipient's name before the address": "donnez le nom du destinataire avant l'adresse",
  "write an e-mail address between < and >, or leave out the brackets":
    "écrivez une adresse e-mail entre < et >, ou retirez les chevrons",
  "start with the two-letter country code, e.g. US | Name | scc":
    "commencez par le code pays à deux lettres, par ex. US | Nom | scc",
  "name the recipient after the country code": "nommez le destinataire après le code pays",
};

/** "must be at most 60 characters" and the like, whatever the number. */
const PATTERNS_FR: [RegExp, string][] = [
  [/^must be at most (\d+) characters$/, "doit contenir au plus $1 caractères"],
  [/^must be at least (\d+) characters$/, "doit contenir au moins $1 caractères"],
  [/^must be at most (\d+)$/, "doit valoir au plus $1"],
  [/^each name must be at most (\d+) characters$/, "chaque nom doit contenir au plus $1 caractères"],
  [/^list at most (\d+) recipients$/, "indiquez au plus $1 destinataires"],
  [/^list at most (\d+) lines$/, "indiquez au plus $1 lignes"],
  [/^the name must be at most (\d+) characters$/, "le nom doit contenir au plus $1 caractères"],
  [/^the detail must be at most (\d+) characters$/, "la précision doit contenir au plus $1 caractères"],
  // The value the admin typed is quoted as it is.
  [/^"(.*)" is not a valid e-mail address$/s, "« $1 » n'est pas une adresse e-mail valide"],
  [/^(.+) is listed twice$/s, "« $1 » figure deux fois"],
  [
    /^give one name per recipient, in the order of the Recipients field: (\d+) expected, (\d+) given$/,
    "donnez un nom par destinataire, dans l'ordre du champ Destinataires : $1 attendu(s), $2 donné(s)",
  ],
  [/^at most (\d+) files per message$/, "au plus $1 fichiers par message"],
  [/^each file must be at most (\d+) MB$/, "chaque fichier doit faire au plus $1 Mo"],
  [/^must be after (\d{4}-\d{2}-\d{2})$/, "doit être postérieure au $1"],
  [/^the file has (\d+) rows; at most (\d+) per import$/, "le fichier compte $1 lignes ; au plus $2 par import"],
  [/^has (\d+) fields, the header has (\d+)$/, "compte $1 champs, l'en-tête en compte $2"],
  [/^names an unknown time zone \((.+)\)$/, "nomme un fuseau horaire inconnu ($1)"],
  // valid-intake.ts's rightNotGranted (an opt-out a staff member files for a residence whose law has none).
  [
    /^is not a right under the law of (\S+) \(([^)]+)\); it grants: none$/,
    "n'est pas un droit prévu par la loi de $1 ($2), qui n'en prévoit aucun",
  ],
  [
    /^is not a right under the law of (\S+) \(([^)]+)\); it grants: (.+)$/,
    "n'est pas un droit prévu par la loi de $1 ($2) ; elle prévoit : $3",
  ],
  [
    /^must not be before (\d{4}-\d{2}-\d{2}), the date already given$/,
    "ne doit pas être antérieure au $1, la date déjà donnée",
  ],
];

/** Phrases followed by a list of values: the list is kept as it is (codes, not words). */
const PREFIXES_FR: [string, string][] = [
  ["must be among ", "doit faire partie de : "],
  ["must be open, all or one of ", "doit être open, all ou l'une des valeurs : "],
  ["must be one of ", "doit être l'une des valeurs : "],
  ["the safeguard must be one of ", "la garantie doit être l'une des valeurs : "],
];

/**
 * "line 2: …; line 5: …", the register form's line-by-line checks (lib/systems/register-facts.ts): the
 * lines are split where "; line N: " starts the next one, each line's reason translated on its own.
 */
const LINE = /^line (\d+): (.*)$/s;
function localiseLineReasons(reason: string): string {
  return reason
    .split(/; (?=line \d+: )/)
    .map((part) => {
      const m = LINE.exec(part);
      return m ? `ligne ${m[1]} : ${localiseFieldReason(m[2]!, "fr")}` : localiseFieldReason(part, "fr");
    })
    .join(" ; ");
}

export function localiseFieldReason(reason: string, locale: Locale | undefined): string {
  if (locale !== "fr") return reason;
  const fixed = FIXED_FR[reason];
  if (fixed) return fixed;
  if (LINE.test(reason)) return localiseLineReasons(reason);
  for (const [en, fr] of PREFIXES_FR) if (reason.startsWith(en)) return fr + reason.slice(en.length);
  for (const [en, fr] of PATTERNS_FR) if (en.test(reason)) return reason.replace(en, fr);
  return reason;
}

export function localiseFields(
  fields: Record<string, string> | undefined,
  locale: Locale | undefined,
): Record<string, string> | undefined {
  if (!fields || locale !== "fr") return fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localiseFieldReason(v, locale)]));
}

/** Exposed for the completeness test. */
export const FIELD_REASONS_FR = { fixed: FIXED_FR, prefixes: PREFIXES_FR };
