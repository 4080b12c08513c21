import { connectorFor } from "@/lib/connectors/registry";
import type { Connector } from "@/lib/connectors/types";
import type { Db } from "@/lib/db/client";
import { listDataSystems, type DataSystem } from "@/lib/db/queries/data-systems";
import { childLogger } from "@/lib/log";

const log = childLogger("fulfilment");

/** Enabled systems with their connectors; a system whose configuration does not parse is left out and logged. */
export async function enabledSystems(db: Db): Promise<{ system: DataSystem; connector: Connector }[]> {
  const rows = await listDataSystems(db, { enabledOnly: true, orderBy: "key" });
  const out: { system: DataSystem; connector: Connector }[] = [];
  for (const system of rows) {
    try {
      out.push({ system, connector: connectorFor(system) });
    } catch (err) {
      log.error(
        { system: system.key, err: err instanceof Error ? err.message : String(err) },
        "system configuration is invalid; left out of plans",
      );
    }
  }
  return out;
}
