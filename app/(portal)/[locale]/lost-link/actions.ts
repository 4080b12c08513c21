"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestLostLinks as queueLostLinks } from "@/lib/requests/subject/send-lost-links";
import { clientIp } from "@/lib/net/client-address";
import { portalAction } from "@/lib/http/portal-action";
import { toLocale } from "@/lib/domain/locale";

export async function requestLostLinks(formData: FormData) {
  const l = String(formData.get("locale") ?? "en");
  const locale = toLocale(l);
  const ip = clientIp(new Request("http://portal.invalid/", { headers: await headers() }));
  const result = await portalAction(() => queueLostLinks({ email: String(formData.get("email") ?? ""), ip }));
  // The same answer whether or not the address has requests: only input and rate errors differ.
  redirect(`/${locale}/lost-link?${result.ok ? "sent=1" : `error=${result.code}`}`);
}
