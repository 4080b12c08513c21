import { z } from "zod";
import { isSupportedJurisdiction } from "@/lib/domain/deadline";
import { CHANNELS, isOptOutType, REQUEST_TYPES } from "@/lib/domain/vocabulary";

export const RESTRICTION_GROUNDS = [
  "accuracy_contested",
  "unlawful_processing",
  "legal_claims",
  "objection_pending",
] as const;
export const OBJECTION_SCOPES = ["direct_marketing", "other"] as const;

const trimmed = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** What a subject (portal, API) or a staff member (phone, letter, e-mail) submits. */
export const intakeSchema = z
  .object({
    type: z.enum(REQUEST_TYPES, { error: `must be one of ${REQUEST_TYPES.join(", ")}` }),
    email: z
      .string({ error: "is required" })
      .trim()
      .max(254, "must be at most 254 characters")
      .pipe(z.email({ error: "must be a valid e-mail address" })),
    // Optional only for the CCPA opt-outs, where the e-mail alone identifies the person (checked below).
    fullName: trimmed(200).min(1, "is required").optional(),
    locale: z.enum(["fr", "en"], { error: "must be fr or en" }),
    jurisdiction: z
      .string()
      .trim()
      .toUpperCase()
      .refine(
        (j) => isSupportedJurisdiction(j),
        "is not a supported jurisdiction (a code such as FR, GB, US-CA, BR, CA, CH; OTHER for another country)",
      )
      .optional(),
    accountReference: trimmed(200).optional(),
    details: trimmed(5000).optional(),
    rectification: z
      .array(
        z.object({
          field: trimmed(200).min(1, "is required"),
          currentValue: trimmed(1000).optional(),
          newValue: trimmed(1000).min(1, "is required"),
        }),
      )
      .max(50, "at most 50 changes")
      .optional(),
    restrictionGround: z
      .enum(RESTRICTION_GROUNDS, { error: `must be one of ${RESTRICTION_GROUNDS.join(", ")}` })
      .optional(),
    objectionScope: z.enum(OBJECTION_SCOPES, { error: `must be one of ${OBJECTION_SCOPES.join(", ")}` }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.fullName && !isOptOutType(v.type))
      ctx.addIssue({ code: "custom", path: ["fullName"], message: "is required" });
    if (v.type === "rectification" && (!v.rectification || v.rectification.length === 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["rectification"],
        message: "is required for a rectification request: list each field and its correct value",
      });
    }
    if (v.type === "restriction" && !v.restrictionGround)
      ctx.addIssue({ code: "custom", path: ["restrictionGround"], message: "is required for a restriction request" });
    if (v.type === "objection" && !v.objectionScope)
      ctx.addIssue({ code: "custom", path: ["objectionScope"], message: "is required for an objection request" });
    // The decision questioned (Minn. Stat. § 325M.14, subd. 1(g)): without it there is nothing to re-examine.
    if (v.type === "question_profiling" && !v.details)
      ctx.addIssue({
        code: "custom",
        path: ["details"],
        message: "is required for a question about profiling: say which decision you question",
      });
  });

export type IntakeInput = z.infer<typeof intakeSchema>;

export const staffIntakeExtras = z.object({
  channel: z.enum(CHANNELS),
  receivedAt: z.coerce.date({ error: "must be a date and time" }),
});
