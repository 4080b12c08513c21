// Also PostgreSQL's own text for a UTC timestamptz ("2025-01-02 10:00:00.123+00"), as staged rows hold it.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|\+00)$/;

/** `String(date)` as some systems report a date ("Fri Aug 10 1956 00:00:00 GMT+0000 (…)"). */
const JS_DATE_TEXT = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/;

/** One value as a short cell: dates without their midnight time, objects as JSON, long text cut. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let text = v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
  if (JS_DATE_TEXT.test(text) && !Number.isNaN(Date.parse(text))) text = new Date(text).toISOString();
  const iso = ISO_INSTANT.exec(text);
  if (iso) return iso[2] === "00:00" ? iso[1]! : `${iso[1]} ${iso[2]} UTC`;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
