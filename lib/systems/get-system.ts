import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { findDataSystem } from "@/lib/db/queries/data-systems";
import { toSystemView, type SystemView } from "./system-view";
import { detail } from "@/lib/domain/error-details";

/** One registered system for its edit page. */
export async function getSystem(p: { systemId: string }): Promise<SystemView> {
  const row = await findDataSystem(db(), { id: p.systemId });
  if (!row) throw new DomainError("not_found", detail("admin.system_not_found"));
  return toSystemView(row);
}
