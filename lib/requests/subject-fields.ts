import { z } from "zod";
import { decrypt, decryptMaybe, encrypt, encryptMaybe } from "@/lib/crypto/env-keys";

// What each right adds (rectification rows, restriction ground, objection scope) is read by its consumer.
const storedSpecifics = z.record(z.string(), z.unknown());

/**
 * Subject data is encrypted per column, with the row id and column as associated data so a
 * ciphertext copied into another row or column does not decrypt.
 */
const aad = (requestId: string, column: string) => `requests.${column}:${requestId}`;

// A minimised request (lib/maintenance retention) keeps its not-null subject columns as empty strings.
const open = (token: string, context: string) => (token === "" ? "" : decrypt(token, context));

/** Whether the subject's data was destroyed at the end of the record period (see `minimisedAt`). */
export function isMinimised(row: { emailEnc: string }): boolean {
  return row.emailEnc === "";
}

export interface SubjectFields {
  email: string;
  fullName: string;
  accountReference: string | null;
  details: string | null;
  specifics: Record<string, unknown> | null;
}

export function encryptSubjectFields(requestId: string, f: SubjectFields) {
  return {
    emailEnc: encrypt(f.email, aad(requestId, "email")),
    fullNameEnc: encrypt(f.fullName, aad(requestId, "full_name")),
    accountReferenceEnc: encryptMaybe(f.accountReference, aad(requestId, "account_reference")),
    detailsEnc: encryptMaybe(f.details, aad(requestId, "details")),
    specificsEnc: f.specifics ? encrypt(JSON.stringify(f.specifics), aad(requestId, "specifics")) : null,
  };
}

export function decryptSubjectFields(row: {
  id: string;
  emailEnc: string;
  fullNameEnc: string;
  accountReferenceEnc: string | null;
  detailsEnc: string | null;
  specificsEnc: string | null;
}): SubjectFields {
  const specifics = decryptMaybe(row.specificsEnc, aad(row.id, "specifics"));
  return {
    email: open(row.emailEnc, aad(row.id, "email")),
    fullName: open(row.fullNameEnc, aad(row.id, "full_name")),
    accountReference: decryptMaybe(row.accountReferenceEnc, aad(row.id, "account_reference")),
    details: decryptMaybe(row.detailsEnc, aad(row.id, "details")),
    specifics: specifics ? storedSpecifics.parse(JSON.parse(specifics)) : null,
  };
}

/** An objection's scope (direct_marketing | other) alone, without opening the subject's other fields. */
export function objectionScopeOf(row: { id: string; type: string; specificsEnc: string | null }): string | null {
  if (row.type !== "objection") return null;
  const raw = decryptMaybe(row.specificsEnc, aad(row.id, "specifics"));
  const scope = raw ? (JSON.parse(raw) as { objectionScope?: unknown }).objectionScope : null;
  return typeof scope === "string" ? scope : null;
}

export function decryptSubjectEmail(row: { id: string; emailEnc: string }): string {
  return open(row.emailEnc, aad(row.id, "email"));
}

/** The secret of the subject's status link, kept encrypted so a mail can carry it again. */
export function statusTokenOf(row: { id: string; statusTokenEnc: string | null }): string | null {
  return decryptMaybe(row.statusTokenEnc, aad(row.id, "status_token"));
}
