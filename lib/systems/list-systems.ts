import { db } from "@/lib/db/client";
import { listDataSystems } from "@/lib/db/queries/data-systems";
import { toSystemView, type SystemView } from "./system-view";

/** Every registered system for the admin list, each with its connector's capabilities or its configuration error. */
export async function listSystems(): Promise<SystemView[]> {
  const rows = await listDataSystems(db(), { orderBy: "name" });
  return rows.map(toSystemView);
}
