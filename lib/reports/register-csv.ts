import { db } from "@/lib/db/client";
import { isoInZone } from "@/lib/domain/deadline/zoned-instant";
import { registerPage } from "@/lib/db/queries/reports";
import { csvLine } from "./csv";

const HEADER = [
  "reference",
  "request_date",
  "type",
  "channel",
  "jurisdiction",
  "status",
  "response_date",
  "outcome",
  "refusal_basis",
  "refusal_reason",
];

/**
 * The register for a date range as a CSV stream, read page by page (keyset), never all at once. Times are the
 * controller's wall-clock time with their offset, as staff see them everywhere else.
 */
export function registerCsvStream(p: {
  from: Date;
  to: Date;
  timeZone: string;
  /** Whether the refusal's own words are written (else the column stays empty: the ground is in refusal_basis). */
  refusalText: boolean;
}): ReadableStream<Uint8Array> {
  const at = (d: Date | null) => (d ? isoInZone(d, p.timeZone) : null);
  const encoder = new TextEncoder();
  let after: { cursor: string; id: string } | undefined;
  let headerSent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine(HEADER)));
        return;
      }
      const rows = await registerPage(db(), { from: p.from, to: p.to, after, limit: 2000 });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const last = rows[rows.length - 1]!;
      after = { cursor: last.cursor, id: last.id };
      controller.enqueue(
        encoder.encode(
          rows
            .map((r) =>
              csvLine([
                r.reference,
                at(r.receivedAt),
                r.type,
                r.channel,
                r.jurisdiction,
                r.status,
                at(r.closedAt),
                r.outcome,
                r.refusalReasonCode,
                p.refusalText ? r.refusalReasonText : null,
              ]),
            )
            .join(""),
        ),
      );
    },
  });
}
