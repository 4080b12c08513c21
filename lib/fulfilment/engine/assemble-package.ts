import { branding } from "@/lib/branding/config";
import type { Db } from "@/lib/db/client";
import { deleteCollectedOfRequest } from "@/lib/db/queries/collected-data";
import { listDataSystems } from "@/lib/db/queries/data-systems";
import { listUnreleasedPackages, type PackageExclusion, type PackageRow } from "@/lib/db/queries/exports";
import type { RequestRow } from "@/lib/db/queries/requests";
import type { TaskRow } from "@/lib/db/queries/tasks";
import { toLocale } from "@/lib/domain/locale";
import { env } from "@/lib/env";
import { purgeExportFile, storeExport } from "@/lib/exports/package-store";
import { renderAccessReport } from "@/lib/fulfilment/access-report";
import { buildPackage, dropsOf } from "@/lib/fulfilment/build-package";
import type { RegisterFacts } from "@/lib/fulfilment/register-facts";
import { registerFactsOf } from "@/lib/systems/register-facts";
import { recipientName } from "@/lib/systems/recipients";
import { packageSets, type PackageSet } from "./package-sets";

export type { PackageExclusion };
export { packageSets, type PackageSet };

async function registerFacts(db: Db): Promise<RegisterFacts[]> {
  const systems = await listDataSystems(db, { enabledOnly: true, orderBy: "key" });
  return systems.map((s) => {
    const facts = registerFactsOf(s);
    return { ...facts, system: s.name, recipients: facts.recipients.map(recipientName) };
  });
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
  if (request.type !== "access" && request.type !== "portability")
    throw new Error(`request ${request.reference} has no package`);
  const all = await packageSets(db, p.tasks, p.systemNames);
  const sets = request.type === "portability" ? all.filter((s) => s.providedBySubject) : all;
  const exclusions = p.exclusions ?? [];
  const counts = recordCounts(sets, exclusions);
  const locale = toLocale(request.locale);
  const reportHtml =
    request.type === "access"
      ? renderAccessReport({
          locale,
          company: branding().companyName,
          reference: request.reference,
          sets: sets.map((s) => ({
            system: s.system,
            name: s.name,
            category: s.category,
            columns: s.columns,
            rowCount: counts[s.name] ?? 0,
          })),
          register: await registerFacts(db),
          authorityName: env().SUPERVISORY_AUTHORITY_NAME,
          authorityUrl: env().SUPERVISORY_AUTHORITY_URL,
        })
      : undefined;
  for (const row of await listUnreleasedPackages(db, { requestId: request.id })) await purgeExportFile(db, row, p.now);
  return storeExport(db, {
    requestId: request.id,
    content: buildPackage({
      kind: request.type,
      locale,
      reference: request.reference,
      sets,
      exclusions,
      reportHtml,
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
