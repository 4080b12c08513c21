import { buildReport } from "./model";
import { renderHtml, renderText } from "./render";
import type { AccessReportInput } from "./types";

export { holdingSystems } from "./model";
export { EXAMPLE_ROWS } from "./types";
export type { AccessReportInput, ReportRecordSet, ReportSystem } from "./types";

/**
 * The human-readable part of an access package, in the subject's language and under their regime:
 * report.html (read in a browser, phone first) and summary.txt (the same content as plain text).
 */
export function renderAccessReport(p: AccessReportInput): { html: string; text: string } {
  const doc = buildReport(p);
  return { html: renderHtml(doc), text: renderText(doc) };
}
