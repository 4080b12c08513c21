"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { deleteView, saveView } from "@/lib/db/queries/staff-views";
import { bulkAssign } from "@/lib/requests/staff/bulk-assign";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";

const bulk = staffAction("queue.bulk_assign", {
  input: z.object({
    items: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
      .pipe(
        z
          .array(z.string().regex(/^[0-9a-f-]{36}:\d+$/, "is not a request"))
          .min(1, "select at least one request")
          .max(200, "at most 200 at once"),
      ),
    assigneeId: z.union([z.uuid(), z.literal("")]).transform((v) => v || null),
  }),
  policy: "queue.bulk_assign",
  run: async (input, staff) => {
    const items = input.items.map((s) => ({ requestId: s.slice(0, 36), version: Number(s.slice(37)) }));
    const out = await bulkAssign({ items, assigneeId: input.assigneeId, staff });
    revalidatePath("/staff/requests");
    return out;
  },
});

export async function bulkAssignAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await bulk(prev, form);
  if (!result.ok) return result;
  const { assigned, failed } = result.value;
  const message = failed.length
    ? `${assigned} assigned; ${failed.length} not assigned (changed by someone else or not assignable now) — reload and try again.`
    : `${assigned} assigned.`;
  return { ok: true, value: result.value, message };
}

const save = staffAction("queue.save_view", {
  input: z.object({
    name: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters"),
    query: z.string().max(2000),
  }),
  policy: "request.view",
  run: async (input, staff) => {
    // The cursor is a position, not a filter: a saved view always opens on its first page.
    const query = new URLSearchParams(input.query);
    query.delete("after");
    await saveView(db(), { userId: staff.id, name: input.name, query: query.toString() });
    revalidatePath("/staff/requests");
    return null;
  },
});

export async function saveViewAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return save(prev, form);
}

const remove = staffAction("queue.delete_view", {
  input: z.object({ id: z.uuid() }),
  policy: "request.view",
  run: async (input, staff) => {
    await deleteView(db(), { userId: staff.id, id: input.id });
    revalidatePath("/staff/requests");
    return null;
  },
});

export async function deleteViewAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return remove(prev, form);
}
