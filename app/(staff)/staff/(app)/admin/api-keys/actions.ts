"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiKey, revokeApiKey, type CreatedApiKey } from "@/lib/auth/api-keys";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const create = staffAction("api_keys.create", {
  // The full validation is the use case's (name, scopes, expiry in the future, limit).
  input: z.object({
    name: z.string().optional(),
    scopes: z.union([z.string(), z.array(z.string())]).optional(),
    expiresAt: z.string().optional(),
    rateLimitPerMinute: z.string().optional(),
  }),
  policy: "api_keys.manage",
  run: async (input, staff) => {
    const key = await createApiKey(
      {
        name: input.name ?? "",
        scopes: [input.scopes ?? []].flat() as never,
        // The form asks for a date: the key works until the end of that day (UTC, as the label says).
        expiresAt:
          input.expiresAt && DATE_ONLY.test(input.expiresAt) ? `${input.expiresAt}T23:59:59.999Z` : input.expiresAt,
        rateLimitPerMinute: input.rateLimitPerMinute ?? "",
      },
      staff.id,
    );
    revalidatePath("/staff/admin/api-keys");
    return key;
  },
});

export async function createKeyAction(prev: ActionResult | null, form: FormData): Promise<ActionResult<CreatedApiKey>> {
  return create(prev, form);
}

const revoke = staffAction("api_keys.revoke", {
  input: z.object({ keyId: z.uuid({ error: "must be a key id" }) }),
  policy: "api_keys.manage",
  run: async (input, staff) => {
    await revokeApiKey({ keyId: input.keyId, adminId: staff.id });
    revalidatePath("/staff/admin/api-keys");
    return null;
  },
});

export async function revokeKeyAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return revoke(prev, form);
}
