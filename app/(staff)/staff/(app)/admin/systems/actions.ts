"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { registerFactsFormSchema } from "@/lib/systems/register-facts";
import { TRANSLATED_FIELDS, translationFieldName, translationsFromForm } from "@/lib/systems/register-translations";
import { LOCALES } from "@/lib/domain/locale";
import { setSystemEnabled } from "@/lib/systems/set-system-enabled";
import { testSystemConnection } from "@/lib/systems/test-system-connection";
import { updateRegisterFacts } from "@/lib/systems/update-register-facts";

const revalidate = (systemId: string) => {
  revalidatePath("/staff/admin/systems");
  revalidatePath(`/staff/admin/systems/${systemId}`);
};

const saveFacts = staffAction("systems.update_register", {
  input: registerFactsFormSchema.extend({ systemId: z.uuid(), version: z.string().min(1) }),
  policy: "systems.manage",
  run: async ({ systemId, version, ...form }, staff) => {
    const flat = new Set(LOCALES.flatMap((l) => TRANSLATED_FIELDS.map((f) => translationFieldName(f, l))));
    const facts = Object.fromEntries(Object.entries(form).filter(([k]) => !flat.has(k))) as typeof form;
    const registerTranslations = translationsFromForm(form, facts.recipients.length);
    const out = await updateRegisterFacts({
      staffId: staff.id,
      systemId,
      version,
      facts: { ...facts, registerTranslations },
    });
    revalidate(systemId);
    return out;
  },
});

export async function saveRegisterFactsAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await saveFacts(prev, form);
  if (!result.ok) return result;
  return {
    ...result,
    message: result.value.changed.length > 0 ? `Saved: ${result.value.changed.join(", ")}.` : "Nothing changed.",
  };
}

const setEnabled = staffAction("systems.set_enabled", {
  input: z.object({ systemId: z.uuid(), enabled: z.enum(["true", "false"]).transform((v) => v === "true") }),
  policy: "systems.manage",
  run: async ({ systemId, enabled }, staff) => {
    const out = await setSystemEnabled({ staffId: staff.id, systemId, enabled });
    revalidate(systemId);
    return { ...out, enabled };
  },
});

export async function setSystemEnabledAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await setEnabled(prev, form);
  return result.ok ? { ...result, message: result.value.enabled ? "Enabled." : "Disabled." } : result;
}

const testConnection = staffAction("systems.test_connection", {
  input: z.object({ systemId: z.uuid() }),
  policy: "systems.manage",
  run: async ({ systemId }, staff) => {
    const out = await testSystemConnection({ staffId: staff.id, systemId });
    revalidate(systemId);
    return out;
  },
});

/** The outcome, passed or failed, is the action's value: the page shows it as the system's last test. */
export async function testConnectionAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await testConnection(prev, form);
  if (!result.ok) return result;
  return { ...result, message: `${result.value.ok ? "Connection OK" : "Connection failed"}: ${result.value.message}` };
}
