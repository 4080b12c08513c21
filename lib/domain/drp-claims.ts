import { z } from "zod";

/**
 * What a Data Rights Protocol agent sent about the consumer beyond their name and e-mail (§ 2.01 and the
 * identity claims of § 3.04), kept as the agent sent it, for staff: never turned into sentences, so each
 * staff member reads it in their own language. Phone, address and the power of attorney are the person's
 * data: stored encrypted (lib/db/queries/drp.ts) and shown only to roles that see subject data.
 */
export const DRP_CLAIMS = ["email", "phone_number", "address"] as const;
export type DrpClaim = (typeof DRP_CLAIMS)[number];

const ADDRESS_PARTS = ["street_address", "locality", "region", "postal_code", "country"] as const;

const addressSchema = z.object({
  formatted: z.string().optional(),
  street_address: z.string().optional(),
  locality: z.string().optional(),
  region: z.string().optional(),
  postal_code: z.string().optional(),
  country: z.string().optional(),
});
export type DrpAddress = z.infer<typeof addressSchema>;

export const drpConsumerClaimsSchema = z.object({
  regime: z.string().nullable(),
  relationships: z.array(z.string()),
  phone: z.string().nullable(),
  address: addressSchema.nullable(),
  /** The claims the agent says it verified. */
  verified: z.array(z.enum(DRP_CLAIMS)),
  powerOfAttorney: z.string().nullable(),
});
export type DrpConsumerClaims = z.infer<typeof drpConsumerClaimsSchema>;

/** The address as one line: the agent's own formatting, else its parts in order. */
export function drpAddressLine(a: DrpAddress | null): string | null {
  if (!a) return null;
  const line =
    a.formatted?.trim() ||
    ADDRESS_PARTS.map((k) => a[k]?.trim())
      .filter(Boolean)
      .join(", ");
  return line || null;
}
