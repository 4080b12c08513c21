"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { markNotificationsRead } from "@/lib/db/queries/notifications";
import { runStaffOperation } from "@/lib/http/staff-action";

/** Marks one notification (id) or all of them read; always only the signed-in user's own. */
export async function markRead(form: FormData): Promise<void> {
  const id = form.get("id");
  await runStaffOperation(
    {
      input: z.object({ id: z.uuid().optional() }),
      policy: "dashboard.view",
      run: (input, staff) => markNotificationsRead(db(), { userId: staff.id, ids: input.id ? [input.id] : undefined }),
    },
    { id: typeof id === "string" && id ? id : undefined },
    "notifications.markRead",
  );
  revalidatePath("/staff", "layout");
}
