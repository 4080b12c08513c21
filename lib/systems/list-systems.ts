import { db } from "@/lib/db/client";
import { listSystemRows } from "./queries";
import { toSystemView, type SystemView } from "./system-view";

/** Every registered system for the admin list, each with its connector's capabilities or its configuration error. */
export async function listSystems(): Promise<SystemView[]> {
  const rows = await listSystemRows(db());
  return rows.map(toSystemView);
}
