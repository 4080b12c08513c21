import { eq } from "drizzle-orm";
import { connectorFor } from "@/lib/connectors/registry";
import type { Connector } from "@/lib/connectors/types";
import type { Db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";
import { childLogger } from "@/lib/log";

export type SystemRow = typeof dataSystems.$inferSelect;
const log = childLogger("fulfilment");

/** Enabled systems with their connectors; a system whose configuration does not parse is left out and logged. */
export async function enabledSystems(db: Db): Promise<{ system: SystemRow; connector: Connector }[]> {
  const rows = await db.select().from(dataSystems).where(eq(dataSystems.enabled, true)).orderBy(dataSystems.key);
  const out: { system: SystemRow; connector: Connector }[] = [];
  for (const system of rows) {
    try {
      out.push({ system, connector: connectorFor(system) });
    } catch (err) {
      log.error(
        { system: system.key, err: (err as Error).message },
        "system configuration is invalid; left out of plans",
      );
    }
  }
  return out;
}
