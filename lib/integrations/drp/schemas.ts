import { z } from "zod";
import { DRP_EXERCISES, DRP_VERSION } from "@/lib/domain/drp";

const instant = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what} must be an ISO 8601 timestamp` }).transform((s) => new Date(s));

/** § 2.01 group 1 and § 2.05: who signs, for whom, when, for how long, which protocol version. */
export const drpEnvelope = z.looseObject({
  "agent-id": z.string({ error: "agent-id is required" }).min(1).max(100),
  "business-id": z.string({ error: "business-id is required" }).min(1).max(100),
  "issued-at": instant("issued-at"),
  "expires-at": instant("expires-at"),
  "drp.version": z.literal(DRP_VERSION, { error: `drp.version must be "${DRP_VERSION}"` }),
});
export type DrpEnvelope = z.infer<typeof drpEnvelope>;

/** § 3.04: the OpenID Connect address claim. */
const addressClaim = z.looseObject({
  formatted: z.string().max(500).optional(),
  street_address: z.string().max(300).optional(),
  locality: z.string().max(200).optional(),
  region: z.string().max(100).optional(),
  postal_code: z.string().max(30).optional(),
  country: z.string().max(60).optional(),
});

/** § 2.01: a data rights request, with the identity claims of § 3.04. */
export const drpExerciseMessage = drpEnvelope.extend({
  "agent-request-id": z.string().min(1).max(200).optional(),
  exercise: z.enum(DRP_EXERCISES, { error: `exercise must be one of ${DRP_EXERCISES.join(", ")}` }),
  regime: z.string().max(40).optional(),
  relationships: z.array(z.string().max(100)).max(20).optional(),
  status_callback: z.url({ error: "status_callback must be a URL" }).max(2000).optional(),
  name: z.string().trim().max(200).optional(),
  email: z.string().trim().max(254).optional(),
  email_verified: z.boolean().optional(),
  phone_number: z.string().trim().max(40).optional(),
  phone_number_verified: z.boolean().optional(),
  address: addressClaim.optional(),
  address_verified: z.boolean().optional(),
  power_of_attorney: z.string().max(2000).optional(),
});
export type DrpExerciseMessage = z.infer<typeof drpExerciseMessage>;

/** § 2.04: the revocation; the envelope keys are checked when an agent sends them. */
export const drpRevokeMessage = z.looseObject({
  reason: z.string().max(1000).optional(),
  "agent-id": z.string().optional(),
  "business-id": z.string().optional(),
  "expires-at": z.string().optional(),
});

export const drpRequestIdParam = z.uuid({ error: "request_id must be a request id returned by this service" });

/** Admin registration of an agent (§ 3.05.1 directory entry). */
export const drpAgentInput = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{2,100}$/, "must be 2-100 letters, digits, _ . or -"),
  name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  verifyKey: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  technicalContact: z
    .string()
    .trim()
    .max(254, "must be at most 254 characters")
    .pipe(z.email({ error: "must be a valid e-mail address" })),
  webUrl: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })])
    .optional()
    .transform((v) => v || null),
  rateLimitPerMinute: z
    .union([z.literal(""), z.coerce.number().int("must be a whole number").min(1).max(100_000)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
});
