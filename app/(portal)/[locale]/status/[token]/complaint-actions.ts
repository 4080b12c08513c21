"use server";

import { redirect } from "next/navigation";
import { complainAsSubject } from "@/lib/requests/complaints/complain-as-subject";
import { portalAction } from "@/lib/http/portal-action";
import { toLocale } from "@/lib/domain/locale";

/** A complaint to us from the status page (UK, s. 164A DPA 2018); errors come back as a code in the URL. */
export async function complainFromStatusPage(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? "en"));
  const token = String(formData.get("token") ?? "");
  const base = `/${locale}/status/${encodeURIComponent(token)}`;
  const body = String(formData.get("body") ?? "");
  const result = await portalAction(() => complainAsSubject({ token, body }));
  if (!result.ok) {
    const code = result.fields?.body === "too_long" ? "too_long" : result.code;
    redirect(`${base}?complaint_error=${code}#complaint`);
  }
  redirect(`${base}?complained=1#complaint`);
}
