import type { Connector, SystemRecord } from "../types";

/** Placeholder until the webhook connector lands: declares nothing, runs nothing. */
export function createWebhookConnector(_system: SystemRecord): Connector {
  return {
    kind: "webhook",
    capabilities: { collect: false, erase: false, rectify: false, restrict: false, stopMarketing: false },
    run: async () => {
      throw new Error("webhook connector not implemented yet");
    },
    test: async () => ({ ok: false, message: "webhook connector not implemented yet" }),
  };
}
