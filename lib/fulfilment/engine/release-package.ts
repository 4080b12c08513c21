import { dataSystemsById } from "@/lib/db/queries/data-systems";
import { findCurrentPackage, releasePackage as releasePackageRow, type PackageRow } from "@/lib/db/queries/exports";
import { env } from "@/lib/env";
import { summaryOf } from "@/lib/fulfilment/step-results/summaries";
import { assemblePackage, dropStagedRows } from "./assemble-package";
import type { InternalContext } from "./internal-steps";

/**
 * The package staff approved, rebuilt first when they left records out; the download window starts
 * now, and the rows staged by the collect steps are deleted.
 */
export async function releasePackage(c: InternalContext): Promise<PackageRow> {
  const review = c.tasks.find((t) => t.operation === "review_package" && t.status === "succeeded");
  const exclusions = ((review ? summaryOf("review_package", review)?.exclusions : undefined) ?? []).filter(
    (e) => e.reason,
  );
  let pkg = await findCurrentPackage(c.tx, { requestId: c.request.id });
  // Released already (this step ran before and its job was delivered again): nothing to redo.
  if (pkg && pkg.approvedAt !== null) return pkg;
  if (!pkg || exclusions.length > 0) {
    const systems = await dataSystemsById(c.tx, {
      ids: c.tasks.map((t) => t.systemId).filter((id): id is string => id !== null),
    });
    pkg = await assemblePackage(c.tx, {
      request: c.request,
      tasks: c.tasks,
      systemNames: new Map([...systems].map(([id, s]) => [id, s.name])),
      exclusions,
      now: c.now,
    });
  }
  // The package the subject gets is built: the staged rows have served (same transaction as the release).
  await dropStagedRows(c.tx, { requestId: c.request.id });
  return releasePackageRow(c.tx, {
    id: pkg.id,
    approvedAt: c.now,
    approvedBy: review?.completedBy ?? null,
    expiresAt: new Date(c.now.getTime() + env().EXPORT_EXPIRY_DAYS * 86_400_000),
  });
}
