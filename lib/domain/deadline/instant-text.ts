import { instantOnLocalDate, isValidLocalDate } from "./local-date";

const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/i;

/**
 * Parses an ISO instant with an explicit offset or Z, or a bare YYYY-MM-DD date meaning that
 * calendar day in `timeZone`. Returns null when the text is neither: an instant without offset
 * is refused because its local date would depend on the machine's zone.
 */
export function parseInstantOrLocalDate(text: string, timeZone: string): Date | null {
  const value = text.trim();
  if (isValidLocalDate(value)) return instantOnLocalDate(value, timeZone);
  const match = ISO_INSTANT.exec(value);
  // Date.parse rolls 2025-02-30 over to March, so the date part is checked on its own.
  if (!match || !isValidLocalDate(match[1] ?? "")) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
