import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** What the confirmation page states, as the request form's redirect hands it over. */
export type ConfirmationFacts = { request: string; ref: string; due: string; res: string; type: string };
const FIELDS = ["request", "ref", "due", "res", "type"] as const;

const mac = (f: ConfirmationFacts) =>
  createHmac("sha256", env().AUTH_SECRET)
    .update(["dsr-confirmation-v1", ...FIELDS.map((k) => f[k])].join("\n"), "utf8")
    .digest("base64url")
    .slice(0, 22);

/**
 * The confirmation page's query, signed: the page states a reference and a due date under the company's name, so
 * only the ones this server put there (a forged `?due=2030-01-01` showed "We will answer by 1 January 2030").
 * Signed rather than read back from the database, so the honeypot's made-up answer looks the same as a real one.
 */
export function confirmationQuery(f: ConfirmationFacts): string {
  return new URLSearchParams({ ...f, sig: mac(f) }).toString();
}

/** The facts of a signed query; null when any was changed or the signature is missing. */
export function signedConfirmation(
  sp: Partial<Record<keyof ConfirmationFacts | "sig", string>>,
): ConfirmationFacts | null {
  const f: ConfirmationFacts = {
    request: sp.request ?? "",
    ref: sp.ref ?? "",
    due: sp.due ?? "",
    res: sp.res ?? "",
    type: sp.type ?? "",
  };
  const given = Buffer.from(sp.sig ?? "");
  const expected = Buffer.from(mac(f));
  return given.length === expected.length && timingSafeEqual(given, expected) ? f : null;
}
