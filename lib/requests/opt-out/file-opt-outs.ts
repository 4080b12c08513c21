import { z } from "zod";
import type { IdempotencyRequest } from "@/lib/http/idempotency";
import { OPT_OUT_TYPES } from "@/lib/domain/vocabulary";
import { regimeForResidence } from "@/lib/domain/deadline";
import { OPT_OUT_DEFAULT_JURISDICTION, universalOptOutCovers } from "@/lib/domain/opt-out-eligibility";
import { submitRequest, type SubmitResult } from "@/lib/requests/intake/submit-request";

/** What the company's site sends when a visitor's browser carries a GPC signal (or the visitor asks). */
export const optOutApiSchema = z
  .object({
    email: z
      .string({ error: "is required" })
      .trim()
      .max(254, "must be at most 254 characters")
      .pipe(z.email({ error: "must be a valid e-mail address" })),
    fullName: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").optional(),
    types: z
      .array(z.enum(OPT_OUT_TYPES, { error: `must be one of ${OPT_OUT_TYPES.join(", ")}` }), { error: "is required" })
      .min(1, "must name at least one opt-out")
      .max(5, "at most five opt-outs"),
    gpc: z.boolean({ error: "must be true or false" }),
    locale: z.enum(["fr", "en"], { error: "must be fr or en" }),
    // The residence ("US-VA"; the regime spelling "US_VA" is read the same): the law whose opt-outs apply.
    jurisdiction: z
      .string({ error: "must be a residence code such as US-CA or US-VA" })
      .trim()
      .toUpperCase()
      .transform((code) => code.replace(/^US_/, "US-"))
      .optional(),
  })
  .strict();

export interface FiledOptOut extends SubmitResult {
  type: (typeof OPT_OUT_TYPES)[number];
}

/**
 * Files one opt-out per type asked (each its own request, executed without verification). Idempotent:
 * a retry with the same Idempotency-Key gets the first answers, and the same person and type while
 * one is open get the open request back (submitRequest).
 */
export async function fileOptOuts(
  raw: unknown,
  ctx: {
    channel: "api" | "portal";
    gpc: boolean;
    idempotency?: IdempotencyRequest;
    /** The API key of the company's site (the audit actor); the person themself in the portal. */
    apiKeyId?: string;
  },
): Promise<FiledOptOut[]> {
  const input = optOutApiSchema.parse(raw);
  // GPC is recorded as a universal opt-out only where the person's law obliges us to honour it, and only for
  // the opt-outs the signal stands for there (sale/sharing; targeted advertising in the states).
  const regime = regimeForResidence(input.jurisdiction ?? OPT_OUT_DEFAULT_JURISDICTION);
  const out: FiledOptOut[] = [];
  for (const type of [...new Set(input.types)]) {
    const result = await submitRequest(
      {
        type,
        email: input.email,
        ...(input.fullName ? { fullName: input.fullName } : {}),
        locale: input.locale,
        ...(input.jurisdiction ? { jurisdiction: input.jurisdiction } : {}),
      },
      {
        channel: ctx.channel,
        actor: ctx.apiKeyId ? { type: "api_key", id: ctx.apiKeyId } : { type: "subject" },
        gpc: ctx.gpc && universalOptOutCovers(regime, type),
        idempotency: ctx.idempotency ? { ...ctx.idempotency, scope: `${ctx.idempotency.scope}:${type}` } : undefined,
      },
    );
    out.push({ ...result, type });
  }
  return out;
}
