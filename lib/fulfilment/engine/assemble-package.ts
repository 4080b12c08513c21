import { packageKindOf } from "@/lib/domain/vocabulary";
import type { Db } from "@/lib/db/client";
import { deleteCollectedOfRequest } from "@/lib/db/queries/collected-data";
import { listUnreleasedPackages, type PackageExclusion, type PackageRow } from "@/lib/db/queries/exports";
import type { RequestRow } from "@/lib/db/queries/requests";
import type { TaskRow } from "@/lib/db/queries/tasks";
import { toLocale } from "@/lib/domain/locale";
import { purgeExportFile, storeExport } from "@/lib/exports/package-store";
import { accessReportFiles, type ReportInputSet } from "@/lib/fulfilment/access-report/for-request";
import { EXAMPLE_ROWS } from "@/lib/fulfilment/access-report/types";
import { buildPackage, dropsOf } from "@/lib/fulfilment/build-package";
import { packageSets, type PackageSet } from "./package-sets";

export type { PackageExclusion };
export { packageSets, type PackageSet };

/**
 * What the access report needs of each set: its count after the exclusions and its first rows (read from
 * the first staged batch, never more), so the report never holds the data.
 */
async function reportInputs(sets: PackageSet[], counts: Record<string, number>): Promise<ReportInputSet[]> {
  const inputs: ReportInputSet[] = [];
  for (const s of sets) {
    const examples: Record<string, unknown>[] = [];
    for await (const batch of s.batches()) {
      for (const row of batch.rows) {
        examples.push(Object.fromEntries(s.columns.map((c, j) => [c, s.csvText(row[j], j)])));
        if (examples.length >= EXAMPLE_ROWS) break;
      }
      break;
    }
    inputs.push({
      system: s.system,
      name: s.name,
      category: s.category,
      columns: s.columns,
      rowCount: counts[s.name] ?? 0,
      examples,
    });
  }
  return inputs;
}

/** Rows per set in the package, after the exclusions (what the review and the row record show). */
function recordCounts(sets: PackageSet[], exclusions: PackageExclusion[]): Record<string, number> {
  const drops = dropsOf(exclusions);
  return Object.fromEntries(
    sets.map((s) => [s.name, s.rowCount - [...(drops.get(s.name) ?? [])].filter((i) => i < s.rowCount).length]),
  );
}

/**
 * Builds the access or portability package from what the collect steps staged and stores it
 * encrypted, not yet approved: the subject can download it only after staff review. Rows stream from
 * the staging tables through the ZIP into the package store. Earlier unapproved packages of the
 * request are purged, so a rebuild (after exclusions) leaves one package.
 */
export async function assemblePackage(
  db: Db,
  p: {
    request: RequestRow;
    tasks: TaskRow[];
    systemNames: Map<string, string>;
    exclusions?: PackageExclusion[];
    now?: Date;
  },
): Promise<PackageRow> {
  const { request } = p;
  const kind = packageKindOf(request.type);
  if (!kind) throw new Error(`request ${request.reference} has no package`);
  const all = await packageSets(db, p.tasks, p.systemNames);
  const sets = kind === "portability" ? all.filter((s) => s.providedBySubject) : all;
  const exclusions = p.exclusions ?? [];
  const counts = recordCounts(sets, exclusions);
  const locale = toLocale(request.locale);
  const report =
    kind === "access"
      ? await accessReportFiles(db, { request, sets: await reportInputs(sets, counts), now: p.now })
      : undefined;
  for (const row of await listUnreleasedPackages(db, { requestId: request.id })) await purgeExportFile(db, row, p.now);
  return storeExport(db, {
    requestId: request.id,
    content: buildPackage({
      kind,
      locale,
      reference: request.reference,
      sets,
      exclusions,
      reportHtml: report?.html,
      reportText: report?.text,
      generatedAt: p.now,
    }),
    now: p.now,
    recordCounts: counts,
    exclusions: exclusions.map((e) => ({ set: e.set, index: e.index, reason: e.reason })),
  });
}

/** The staged rows are no longer needed once the package the subject gets is released. */
export async function dropStagedRows(db: Db, p: { requestId: string }): Promise<void> {
  await deleteCollectedOfRequest(db, p);
}
