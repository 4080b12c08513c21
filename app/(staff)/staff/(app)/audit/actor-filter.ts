import { fill } from "@/lib/i18n/fill";
import { staffChoiceLabel } from "./staff-choice";

/** The longest "who acted" text the page reads (a name or an e-mail address). */
export const WHO_MAX = 200;

export type IdlessActor = "system" | "subject";

// The actors without an id, by the words staff use for them in either language (a shared link may be in the other).
const IDLESS_WORDS: Record<IdlessActor, string[]> = {
  system: ["system", "système"],
  subject: ["subject", "personne concernée"],
};

const lower = (s: string) => s.trim().toLocaleLowerCase("fr");

/** The actors without an id that `term` names in part ("sys" → the system), case-insensitive. */
export function idlessActorsNamed(term: string): IdlessActor[] {
  const t = lower(term);
  if (!t) return [];
  return (Object.keys(IDLESS_WORDS) as IdlessActor[]).filter((a) => IDLESS_WORDS[a].some((w) => w.includes(t)));
}

/** What the page shows of who a "who acted" text resolved to: the first few, then how many more. */
export function matchedActorsLabel(
  matched: {
    staff: { id: string; name: string; email: string; role: string }[];
    apiKeys: { name: string }[];
    idless: IdlessActor[];
  },
  words: {
    roles: Record<string, string>;
    apiKey: string;
    system: string;
    subject: string;
    more: string;
  },
  shown = 5,
): string {
  const labels = [
    ...matched.staff.map((m) => staffChoiceLabel(m, matched.staff, words.roles)),
    ...matched.apiKeys.map((k) => fill(words.apiKey, { name: k.name })),
    ...matched.idless.map((a) => words[a]),
  ];
  const names = labels.slice(0, shown).join(", ");
  return labels.length > shown ? fill(words.more, { names, n: labels.length - shown }) : names;
}
