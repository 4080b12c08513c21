"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteEndpoint, rotateEndpointSecret, updateEndpoint } from "@/lib/integrations/webhooks/edit-endpoint";
import { createEndpoint, resendDelivery, setEndpointEnabled } from "@/lib/integrations/webhooks/endpoints";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { currentStaff } from "@/lib/auth/session";

const create = staffAction("webhooks.create", {
  input: z.object({
    url: z.string(),
    description: z.string().optional(),
    events: z.union([z.string(), z.array(z.string())]).optional(),
    includeSubject: z.string().optional(),
  }),
  policy: "webhooks.manage",
  run: async (input, staff) => {
    // The full validation (URL rules, known events) is the use case's.
    const events = input.events === undefined ? [] : [input.events].flat();
    const out = await createEndpoint({
      by: staff,
      input: {
        url: input.url,
        description: input.description ?? "",
        events: events as never,
        includeSubject: input.includeSubject === "on",
      },
    });
    revalidatePath("/staff/admin/webhooks");
    return out;
  },
});

export async function createEndpointAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await create(prev, form);
  if (!result.ok) return result;
  const t = staffMessages((await currentStaff())?.locale).webhooks;
  const { secret } = result.value as { secret: string };
  return { ok: true, value: null, message: fill(t.secretOnce, { secret }) };
}

const toggle = staffAction("webhooks.toggle", {
  input: z.object({ endpointId: z.uuid(), enabled: z.enum(["true", "false"]) }),
  policy: "webhooks.manage",
  run: async (input, staff) => {
    await setEndpointEnabled({ by: staff, endpointId: input.endpointId, enabled: input.enabled === "true" });
    revalidatePath("/staff/admin/webhooks");
    return null;
  },
});

export async function toggleEndpointAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return toggle(prev, form);
}

const resend = staffAction("webhooks.resend", {
  input: z.object({ deliveryId: z.string().regex(/^msg_[0-9a-f]{32}$/, "is not a delivery id") }),
  policy: "webhooks.manage",
  run: async (input, staff) => {
    await resendDelivery({ by: staff, deliveryId: input.deliveryId });
    revalidatePath("/staff/admin/webhooks");
    return null;
  },
});

export async function resendDeliveryAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return resend(prev, form);
}

const edit = staffAction("webhooks.update", {
  input: z.object({
    endpointId: z.uuid(),
    url: z.string(),
    description: z.string().optional(),
    events: z.union([z.string(), z.array(z.string())]).optional(),
    includeSubject: z.string().optional(),
  }),
  policy: "webhooks.manage",
  run: async (input, staff) => {
    // The form sends every field; the use case checks the URL and the events as at registration.
    await updateEndpoint({
      by: staff,
      endpointId: input.endpointId,
      patch: {
        url: input.url,
        description: input.description ?? "",
        events: (input.events === undefined ? [] : [input.events].flat()) as never,
        includeSubject: input.includeSubject === "on",
      },
    });
    revalidatePath("/staff/admin/webhooks");
    return null;
  },
});

export async function updateEndpointAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return edit(prev, form);
}

const rotate = staffAction("webhooks.rotate_secret", {
  input: z.object({ endpointId: z.uuid() }),
  policy: "webhooks.manage",
  run: async (input, staff) => rotateEndpointSecret({ by: staff, endpointId: input.endpointId }),
});

export async function rotateSecretAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await rotate(prev, form);
  if (!result.ok) return result;
  const t = staffMessages((await currentStaff())?.locale).webhooks;
  return { ok: true, value: null, message: fill(t.secretRotated, { secret: result.value.secret }) };
}

const remove = staffAction("webhooks.delete", {
  input: z.object({ endpointId: z.uuid() }),
  policy: "webhooks.manage",
  run: async (input, staff) => {
    await deleteEndpoint({ by: staff, endpointId: input.endpointId });
    revalidatePath("/staff/admin/webhooks");
    return null;
  },
});

export async function deleteEndpointAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await remove(prev, form);
  if (!result.ok) return result;
  // From the endpoint's own page there is nothing left to show: back to the list.
  if (form.get("from") === "endpoint") redirect("/staff/admin/webhooks?deleted=1");
  return { ok: true, value: null };
}
