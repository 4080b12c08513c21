import { createManualConnector } from "./manual/connector";
import { createPostgresDatasetConnector } from "./postgres-dataset/connector";
import type { Connector, SystemRecord } from "./types";
import { createWebhookConnector } from "./webhook/connector";

/** The connector for a registered system, by its kind. */
export function connectorFor(system: SystemRecord): Connector {
  switch (system.kind) {
    case "postgres":
      return createPostgresDatasetConnector(system);
    case "webhook":
      return createWebhookConnector(system);
    case "manual":
      return createManualConnector(system);
    default:
      throw new Error(`system ${system.key} has unknown kind ${system.kind}`);
  }
}
