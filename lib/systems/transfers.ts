import { isTransferSafeguard, TRANSFER_SAFEGUARDS, type RegisterTransfer } from "@/lib/domain/register";

export type ParsedTransfers =
  { ok: true; transfers: RegisterTransfer[] } | { ok: false; errors: { line: number; message: string }[] };

/**
 * One transfer per line: `US | Recipient name | scc | where to get a copy` (the last part optional).
 * Safeguards: adequacy, scc, bcr, derogation, other.
 */
export function parseTransferLines(text: string): ParsedTransfers {
  const transfers: RegisterTransfer[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const fail = (message: string) => errors.push({ line: i + 1, message });
    const [country = "", recipient = "", safeguard = "", ...rest] = line.split("|").map((p) => p.trim());
    const detail = rest.join(" | ").trim();
    if (!/^[A-Za-z]{2}$/.test(country)) return fail("start with the two-letter country code, e.g. US | Name | scc");
    if (!recipient) return fail("name the recipient after the country code");
    if (!isTransferSafeguard(safeguard.toLowerCase()))
      return fail(`the safeguard must be one of ${TRANSFER_SAFEGUARDS.join(", ")}`);
    if (detail.length > 500) return fail("the detail must be at most 500 characters");
    transfers.push({
      country: country.toUpperCase(),
      recipient,
      safeguard: safeguard.toLowerCase() as RegisterTransfer["safeguard"],
      ...(detail ? { detail } : {}),
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, transfers };
}

/** One line of the edit form. */
export function formatTransfer(t: RegisterTransfer): string {
  return [t.country, t.recipient, t.safeguard, ...(t.detail ? [t.detail] : [])].join(" | ");
}
