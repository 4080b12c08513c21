import { packageKindOf } from "@/lib/domain/vocabulary";
import { db } from "@/lib/db/client";
import { dataSystemsById } from "@/lib/db/queries/data-systems";
import { findRequest } from "@/lib/db/queries/requests";
import { listTasks } from "@/lib/db/queries/tasks";
import { DomainError } from "@/lib/domain/errors";
import { firstRows, packageSets } from "@/lib/fulfilment/engine/package-sets";
import { cell } from "./cell";
import type { PreviewSet } from "./types";
import { detail } from "@/lib/domain/error-details";

/**
 * The records of the package waiting for review, decrypted, with the first `limit` rows of each set
 * (read from the first staged batches only, whatever the set's size).
 * A read only: the action that shows them records the view (recordFulfilmentDataViewed) first.
 */
export async function readPackagePreview(p: { requestId: string; limit?: number }): Promise<PreviewSet[]> {
  const request = await findRequest(db(), { id: p.requestId });
  if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
  const kind = packageKindOf(request.type);
  if (!kind) throw new DomainError("invalid_request", detail("fulfilment.no_package"));
  const tasks = await listTasks(db(), { requestId: p.requestId });
  const systems = await dataSystemsById(db(), {
    ids: tasks.map((t) => t.systemId).filter((x): x is string => x !== null),
  });
  const sets = (await packageSets(db(), tasks, new Map([...systems].map(([id, s]) => [id, s.name])))).filter(
    (s) => kind === "access" || s.providedBySubject,
  );
  const limit = Math.max(1, Math.min(p.limit ?? 20, 1000));
  return Promise.all(
    sets.map(async (s) => ({
      name: s.name,
      category: s.category,
      columns: s.columns,
      total: s.rowCount,
      rows: (await firstRows(s, limit)).map((r) => ({
        index: r.index,
        values: Object.fromEntries(s.columns.map((c, j) => [c, cell(s.csvText(r.values[j], j))])),
      })),
    })),
  );
}
