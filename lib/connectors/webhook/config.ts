import { z } from "zod";

const capability = z.boolean().default(false);

export const webhookConfigSchema = z.object({
  /** Where steps are POSTed; plain http is allowed for systems on the internal network. */
  url: z.url({ protocol: /^https?$/, error: "must be an http or https URL" }),
  /** How long one attempt may take before it counts as failed (and the step job retries). */
  timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
  /** What the remote system says it can do; nothing is assumed. */
  capabilities: z
    .object({
      collect: capability,
      erase: capability,
      rectify: capability,
      restrict: capability,
      stopMarketing: capability,
      optOutSale: capability,
      limitSensitive: capability,
      optOutTargetedAds: capability,
      optOutProfiling: capability,
      optOutSensitive: capability,
    })
    .default({
      collect: false,
      erase: false,
      rectify: false,
      restrict: false,
      stopMarketing: false,
      optOutSale: false,
      limitSensitive: false,
      optOutTargetedAds: false,
      optOutProfiling: false,
      optOutSensitive: false,
    }),
});
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;

export function parseWebhookConfig(raw: unknown): WebhookConfig {
  return webhookConfigSchema.parse(raw ?? {});
}
