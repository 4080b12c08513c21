"use server";

import { redirect } from "next/navigation";
import { resendVerification } from "@/lib/requests/verification/resend-verification";
import { verifyByCode, verifyByToken } from "@/lib/requests/verification/verify-email";
import { portalAction } from "@/lib/http/portal-action";
import { toLocale } from "@/lib/domain/locale";

function localeOf(formData: FormData) {
  const l = String(formData.get("locale") ?? "en");
  return toLocale(l);
}

/** POST from the confirmation page's button: mail scanners that prefetch the link verify nothing. */
export async function confirmByLink(formData: FormData) {
  const locale = localeOf(formData);
  const token = String(formData.get("token") ?? "");
  const result = await portalAction(() => verifyByToken(token));
  if (!result.ok) redirect(`/${locale}/verify?token=${encodeURIComponent(token)}&error=${result.code}`);
  redirect(`/${locale}/status/${encodeURIComponent(result.value.statusToken)}?verified=1`);
}

export async function confirmByCode(formData: FormData) {
  const locale = localeOf(formData);
  const requestId = String(formData.get("request") ?? "");
  const result = await portalAction(() => verifyByCode(requestId, String(formData.get("code") ?? "")));
  if (!result.ok) redirect(`/${locale}/verify/code?request=${encodeURIComponent(requestId)}&error=${result.code}`);
  redirect(`/${locale}/status/${encodeURIComponent(result.value.statusToken)}?verified=1`);
}

export async function sendNewCode(formData: FormData) {
  const locale = localeOf(formData);
  const requestId = String(formData.get("request") ?? "");
  const result = await portalAction(() => resendVerification(requestId));
  redirect(
    `/${locale}/verify/code?request=${encodeURIComponent(requestId)}&${result.ok ? "resent=1" : `error=${result.code}`}`,
  );
}
