"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentStaff } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { localiseConnectionTestMessage } from "@/lib/i18n/staff/connection-test-message";
import { staffAction, type ActionResult } from "@/lib/http/staff-action";
import { registerFactsFormSchema } from "@/lib/systems/register-facts";
import { TRANSLATED_FIELDS, translationFieldName, translationsFromForm } from "@/lib/systems/register-translations";
import { LOCALES } from "@/lib/domain/locale";
import { setSystemEnabled } from "@/lib/systems/set-system-enabled";
import { testSystemConnection } from "@/lib/systems/test-system-connection";
import { updateRegisterFacts } from "@/lib/systems/update-register-facts";

/** The signed-in member's words for what an action did (the operations answer in English). */
const staffWords = async () => {
  const locale = (await currentStaff())?.locale;
  return { locale, words: staffMessages(locale) };
};

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
  const { words } = await staffWords();
  const changed = result.value.changed.map((f) => words.fieldLabels[f] ?? f);
  return {
    ...result,
    message:
      changed.length > 0
        ? fill(words.registerPage.saved, { fields: changed.join(", ") })
        : words.registerPage.nothingChanged,
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
  if (!result.ok) return result;
  const t = (await staffWords()).words.systemsAdmin;
  return { ...result, message: result.value.enabled ? t.enabledDone : t.disabledDone };
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
  const { locale, words } = await staffWords();
  const message = localiseConnectionTestMessage(result.value.message, locale);
  return {
    ...result,
    message: fill(result.value.ok ? words.systemsAdmin.testPassed : words.systemsAdmin.testFailed, { message }),
  };
}
