import type { RecordSet } from "@/lib/connectors/types";
import type { Db } from "@/lib/db/client";
import { listUnreleasedPackages, type PackageExclusion, type PackageRow } from "@/lib/db/queries/exports";
import type { RequestRow } from "@/lib/db/queries/requests";
import { taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { purgeExportFile, storeExport } from "@/lib/exports/package-store";
import { accessReportFiles } from "@/lib/fulfilment/access-report/for-request";
import { buildPackage } from "@/lib/fulfilment/build-package";
import { detailOf } from "@/lib/fulfilment/step-results/details";

export type { PackageExclusion };

/** The record sets the collect steps found, in system order; a manual system's note becomes a set of its own. */
export function collectedSets(tasks: TaskRow[], systemNames: Map<string, string>): RecordSet[] {
  // `system` tells the access report which system holds each set (not written to the package files).
  const sets: (RecordSet & { system: string })[] = [];
  for (const t of tasks) {
    if (t.operation !== "collect" || t.status !== "succeeded") continue;
    const detail = detailOf("collect", t);
    // Two systems may both have a `contacts` set: the second is named after its system, so that an
    // exclusion (set + row index) points at one set only.
    const system = systemNames.get(t.systemId ?? "") ?? "other system";
    if (detail)
      for (const s of detail)
        sets.push({ ...s, system, name: sets.some((x) => x.name === s.name) ? `${s.name} (${system})` : s.name });
    else if (taskNote(t)) {
      sets.push({
        system,
        name: system,
        category: "Records found by hand",
        providedBySubject: false,
        columns: ["note"],
        rows: [{ note: taskNote(t) }],
      });
    }
  }
  return sets;
}

export function withoutExclusions(sets: RecordSet[], exclusions: PackageExclusion[]): RecordSet[] {
  if (exclusions.length === 0) return sets;
  return sets.map((s) => {
    const drop = new Set(exclusions.filter((e) => e.set === s.name).map((e) => e.index));
    return drop.size === 0 ? s : { ...s, rows: s.rows.filter((_, i) => !drop.has(i)) };
  });
}

/**
 * Builds the access or portability package from the collected record sets and stores it encrypted,
 * not yet approved: the subject can download it only after staff review. Earlier unapproved
 * packages of the request are purged, so a rebuild (after exclusions) leaves one file.
 */
export async function assemblePackage(
  db: Db,
  p: { request: RequestRow; sets: RecordSet[]; exclusions?: PackageExclusion[]; now?: Date },
): Promise<PackageRow> {
  const { request } = p;
  if (request.type !== "access" && request.type !== "portability")
    throw new Error(`request ${request.reference} has no package`);
  const sets = withoutExclusions(p.sets, p.exclusions ?? []);
  const report = request.type === "access" ? await accessReportFiles(db, { request, sets, now: p.now }) : undefined;
  for (const row of await listUnreleasedPackages(db, { requestId: request.id })) await purgeExportFile(db, row, p.now);
  return storeExport(db, {
    requestId: request.id,
    content: buildPackage({ kind: request.type, sets, reportHtml: report?.html, reportText: report?.text }),
    now: p.now,
    recordCounts: Object.fromEntries(
      sets.filter((s) => request.type === "access" || s.providedBySubject).map((s) => [s.name, s.rows.length]),
    ),
    exclusions: (p.exclusions ?? []).map((e) => ({ set: e.set, index: e.index, reason: e.reason })),
  });
}
