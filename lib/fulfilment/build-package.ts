import { PassThrough, type Readable } from "node:stream";
import { ZipArchive } from "archiver";
import type { RecordSet } from "@/lib/connectors/types";
import { csvLine } from "@/lib/reports/csv";

/**
 * The ZIP a subject downloads, streamed: data.json (every record set), one CSV per record set and,
 * for access, report.html and summary.txt (the same report as plain text). Portability keeps only what the subject provided (Art. 20).
 */
export function buildPackage(p: {
  kind: "access" | "portability";
  sets: RecordSet[];
  reportHtml?: string;
  reportText?: string;
}): Readable {
  const sets = p.kind === "portability" ? p.sets.filter((s) => s.providedBySubject) : p.sets;
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const out = new PassThrough();
  zip.on("error", (err: Error) => out.destroy(err));
  zip.pipe(out);
  zip.append(
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        recordSets: sets.map((s) => ({ name: s.name, category: s.category, rows: s.rows })),
      },
      null,
      2,
    ),
    { name: "data.json" },
  );
  for (const s of sets) {
    zip.append(csvLine(s.columns) + s.rows.map((r) => csvLine(s.columns.map((c) => r[c]))).join(""), {
      name: `${s.name.replace(/[^a-z0-9_.-]/gi, "_")}.csv`,
    });
  }
  if (p.kind === "access" && p.reportHtml) zip.append(p.reportHtml, { name: "report.html" });
  if (p.kind === "access" && p.reportText) zip.append(p.reportText, { name: "summary.txt" });
  void zip.finalize();
  return out;
}
