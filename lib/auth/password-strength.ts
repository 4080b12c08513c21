import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as fr from "@zxcvbn-ts/language-fr";

export const PASSWORD_MIN_LENGTH = 12;
/** The form-level message beside a field-level reason from passwordProblem. */
export const STRONGER_PASSWORD = "Choose a stronger password: see the reason under the field.";
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's 3: "safely unguessable", resists an offline attack on a slow hash. */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries take a fraction of a second to index.
const estimator = () =>
  (factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
  }));

/** The pieces of a person's identity a password must not be built from. */
function userInputs(user: { name: string; email: string }): string[] {
  const [local = "", domain = ""] = user.email.toLowerCase().split("@");
  return [user.name, ...user.name.split(/[\s.'-]+/), user.email, local, ...local.split(/[._+-]+/), domain.split(".")[0]]
    .map((s) => (s ?? "").trim().toLowerCase())
    .filter((s) => s.length >= 3);
}

/**
 * Why this password is refused for this user, as a field message ("must be …"), or null when it is
 * strong enough: long enough, not built from the user's name or e-mail, and hard to guess (zxcvbn-ts
 * with the common, English and French dictionaries and the user's own details as dictionary words).
 */
export function passwordProblem(password: string, user: { name: string; email: string }): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const inputs = userInputs(user);
  const lower = password.toLowerCase();
  if (inputs.some((part) => lower.includes(part))) return "must not contain your name or e-mail address";
  const result = estimator().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `is too easy to guess.${why ? ` ${why}` : " Use a longer phrase of unrelated words."}`;
}
