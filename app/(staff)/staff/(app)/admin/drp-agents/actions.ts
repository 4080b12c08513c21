"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { registerDrpAgent, setDrpAgentEnabledByAdmin } from "@/lib/integrations/drp/agents";

const register = staffAction("drp_agents.register", {
  // The full validation is the use case's (id pattern, Ed25519 key, e-mail, limit).
  input: z.object({
    id: z.string().optional(),
    name: z.string().optional(),
    verifyKey: z.string().optional(),
    technicalContact: z.string().optional(),
    webUrl: z.string().optional(),
    rateLimitPerMinute: z.string().optional(),
  }),
  policy: "drp_agents.manage",
  run: async (input, staff) => {
    await registerDrpAgent(
      {
        id: input.id ?? "",
        name: input.name ?? "",
        verifyKey: input.verifyKey ?? "",
        technicalContact: input.technicalContact ?? "",
        webUrl: input.webUrl ?? "",
        rateLimitPerMinute: input.rateLimitPerMinute ?? "",
      },
      staff,
    );
    revalidatePath("/staff/admin/drp-agents");
    return null;
  },
});

export async function registerDrpAgentAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return register(prev, form);
}

const toggle = staffAction("drp_agents.set_enabled", {
  input: z.object({ agentId: z.string().min(1), enabled: z.enum(["true", "false"]) }),
  policy: "drp_agents.manage",
  run: async (input, staff) => {
    await setDrpAgentEnabledByAdmin({ agentId: input.agentId, enabled: input.enabled === "true" }, staff);
    revalidatePath("/staff/admin/drp-agents");
    return null;
  },
});

export async function setDrpAgentEnabledAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return toggle(prev, form);
}
