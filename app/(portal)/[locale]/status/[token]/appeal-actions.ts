"use server";

import { redirect } from "next/navigation";
import { fileAppeal } from "@/lib/requests/appeals/file-appeal";
import { portalAction } from "@/lib/http/portal-action";
import { toLocale } from "@/lib/domain/locale";

/** The subject appeals the refusal from the status page; errors come back as a code in the URL. */
export async function appealFromStatusPage(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? "en"));
  const token = String(formData.get("token") ?? "");
  const base = `/${locale}/status/${encodeURIComponent(token)}`;
  const reason = String(formData.get("reason") ?? "");
  const result = await portalAction(() => fileAppeal({ token, reason }));
  if (!result.ok) redirect(`${base}?appeal_error=${result.fields?.reason ?? "generic"}#appeal`);
  redirect(`${base}?appealed=1#appeal`);
}
