import { z } from "zod";

/**
 * A named recipient in the processing register. The access report quotes the name; the optional
 * e-mail is where Art. 19 notices (rectification, erasure, restriction passed on to recipients) go.
 * A plain string is a recipient known by name only (and what older rows hold).
 */
export type RegisterRecipient = string | { name: string; email?: string };

export const MAX_RECIPIENTS = 50;
export const MAX_RECIPIENT_NAME = 200;

const email = z.email();
// "Name <address>"; the name is everything before the last "<".
const WITH_ADDRESS = /^(.*)<([^<>]*)>$/;

export interface RecipientLineError {
  /** 1-based line number in the text the admin typed. */
  line: number;
  message: string;
}

export type ParsedRecipients =
  { ok: true; recipients: RegisterRecipient[] } | { ok: false; errors: RecipientLineError[] };

/**
 * One recipient per line, `Name <privacy@example.com>` or just `Name`; blank lines are ignored.
 * Name-only lines stay plain strings so readers that only know names keep working.
 */
export function parseRecipientLines(text: string): ParsedRecipients {
  const recipients: RegisterRecipient[] = [];
  const errors: RecipientLineError[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const fail = (message: string) => errors.push({ line: i + 1, message });
    const match = WITH_ADDRESS.exec(line);
    const name = (match ? match[1]! : line).trim().replace(/\s+/g, " ");
    const address = match ? match[2]!.trim() : undefined;
    if (!match && /[<>]/.test(line)) return fail("write the e-mail address as Name <address>");
    if (!name) return fail("give the recipient's name before the address");
    if (name.length > MAX_RECIPIENT_NAME) return fail(`the name must be at most ${MAX_RECIPIENT_NAME} characters`);
    if (address === "") return fail("write an e-mail address between < and >, or leave out the brackets");
    if (address !== undefined && !email.safeParse(address).success)
      return fail(`"${address}" is not a valid e-mail address`);
    const key = name.toLowerCase();
    if (seen.has(key)) return fail(`${name} is listed twice`);
    seen.add(key);
    recipients.push(address ? { name, email: address } : name);
  });
  if (errors.length === 0 && recipients.length > MAX_RECIPIENTS)
    errors.push({ line: 0, message: `list at most ${MAX_RECIPIENTS} recipients` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, recipients };
}

const namedShape = z.object({ name: z.string() });
const addressShape = z.object({ email: z.string() });

/** The recipient's name (what the access report quotes); "" for anything that is not a recipient. */
export function recipientName(r: unknown): string {
  if (typeof r === "string") return r.trim();
  return namedShape.safeParse(r).data?.name.trim() ?? "";
}

/** Where notices to this recipient go, or null when the register gives no address. */
export function recipientEmail(r: unknown): string | null {
  if (typeof r === "string") return null;
  return addressShape.safeParse(r).data?.email.trim() || null;
}

/** One line of the edit form: `Name <address>` or `Name`. */
export function formatRecipient(r: unknown): string {
  const name = recipientName(r);
  const address = recipientEmail(r);
  return address ? `${name} <${address}>` : name;
}

/** The recipients stored in a `data_systems.recipients` jsonb value, skipping anything malformed. */
export function registerRecipients(value: unknown): RegisterRecipient[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r): RegisterRecipient[] => {
    const name = recipientName(r);
    if (!name) return [];
    const address = recipientEmail(r);
    return [typeof r === "string" ? name : address ? { name, email: address } : { name }];
  });
}
