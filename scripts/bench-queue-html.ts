import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { queuePageHtml } from "@/app/(staff)/staff/(app)/requests/queue-page-html";
import type { QueuePageData } from "@/lib/db/queries/queue-page";
import type { QueueRow } from "@/lib/db/queries/queue";
import { REQUEST_STATUSES } from "@/lib/domain/vocabulary";
import { encryptSubjectFields } from "@/lib/requests/subject-fields";
import { requireRunningInstance } from "./lib/attach-instance";
import { say } from "./lib/console";

/**
 * `npm run bench:queue-html -- [--rows 50] [--pages 2000]`: the CPU the queue's document costs the web
 * process once its data is read (decryption, dates, badges, escaping, the chrome filled in), in this
 * process, for a page of synthetic rows — the part of a queue page that does not depend on the table's size.
 * Prints the CPU time per page (process.cpuUsage, median of 5 batches) and the document's size.
 */
const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "50" },
    pages: { type: "string", default: "2000" },
    // Writes the English and French documents of a fixed page (fixed ids and clock) to <path>.en/.fr.html.
    dump: { type: "string" },
  },
});

function syntheticRows(n: number, now: Date): QueueRow[] {
  const types = ["access", "erasure", "rectification", "objection"] as const;
  return Array.from({ length: n }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const due = new Date(now.getTime() + (i - 10) * 86_400_000).toISOString().slice(0, 10);
    return {
      id,
      reference: `VOL-bench-${1000 + i}`,
      type: types[i % types.length]!,
      status: REQUEST_STATUSES[i % 5]!,
      jurisdiction: i % 3 ? "FR" : "US-CA",
      regime: i % 3 ? "gdpr" : "ccpa",
      controllerCountry: null,
      controllerTimeZone: null,
      channel: "portal",
      receivedAt: new Date(now.getTime() - i * 3_600_000),
      dueDate: due,
      pausedAt: null,
      assigneeId: null,
      // Every seventh assignee has characters to escape, every eleventh request is a duplicate.
      assigneeName: i % 7 === 0 ? `O'Brien <&> "Co"` : i % 2 ? "Alex Agent" : null,
      emailEnc: encryptSubjectFields(id, {
        email: `person${i}@example.com`,
        fullName: "P",
        accountReference: null,
        details: null,
        specifics: null,
      }).emailEnc,
      version: 1,
      duplicateOf: i % 11 === 0 ? "00000000-0000-4000-8000-00000000cccc" : null,
    };
  });
}

function main() {
  requireRunningInstance();
  const now = values.dump ? new Date("2026-11-30T10:05:00Z") : new Date();
  const rows = Number(values.rows);
  const pages = Number(values.pages);
  const data: QueuePageData = {
    member: null,
    admitted: true,
    rows: syntheticRows(rows, now),
    next: null,
    counts: Object.fromEntries(REQUEST_STATUSES.map((s, i) => [s, 1000 * i])) as QueuePageData["counts"],
    assignable: [{ id: "00000000-0000-4000-8000-00000000bbbb", name: "Alex Agent", role: "agent" }],
    views: [],
    unread: 3,
  };
  const page = (locale: "en" | "fr") =>
    queuePageHtml({
      data,
      staff: {
        id: "00000000-0000-4000-8000-00000000aaaa",
        email: "m@example.com",
        name: "Bench Manager",
        role: "manager",
        locale,
      },
      now,
      filters: { status: "open", sort: "due" } as never,
      size: 50,
      paged: false,
      back: "/staff/requests",
      cookies: null,
      flash: null,
      nonce: "bm9uY2U=",
    });
  if (values.dump) {
    for (const locale of ["en", "fr"] as const) writeFileSync(`${values.dump}.${locale}.html`, page(locale));
    return;
  }
  let html = "";
  for (let i = 0; i < 200; i++) html = page(i % 2 ? "fr" : "en");
  const perPage: number[] = [];
  for (let b = 0; b < 5; b++) {
    const t0 = process.cpuUsage();
    for (let i = 0; i < pages; i++) html = page("en");
    const spent = process.cpuUsage(t0);
    perPage.push((spent.user + spent.system) / 1000 / pages);
  }
  perPage.sort((a, b) => a - b);
  say(
    `${rows} rows: ${perPage[2]!.toFixed(3)} ms CPU per document (batches: ${perPage.map((x) => x.toFixed(3)).join(" ")}), ${html.length} chars`,
  );
}

main();
