"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { type OptOutType } from "@/lib/domain/vocabulary";
import { regimeForResidence } from "@/lib/domain/deadline";
import { honoursUniversalOptOut, OPT_OUT_DEFAULT_JURISDICTION, optOutTypesFor } from "@/lib/domain/opt-out-eligibility";
import { usStateLaw } from "@/lib/domain/us-states";
import { portalAction } from "@/lib/http/portal-action";
import { clientIp } from "@/lib/net/client-address";
import { enforceIntakeIpLimit } from "@/lib/requests/intake/intake-limits";
import { fileOptOuts } from "@/lib/requests/opt-out/file-opt-outs";

export interface OptOutFormState {
  errors: Record<string, string>;
  values: { email?: string; fullName?: string; types?: string[] };
  formError?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Files the chosen opt-outs without verification. The GPC signal is read from the request that files
 * them (Sec-GPC: 1), not from a form field a page could forge into a "GPC" record.
 */
export async function submitOptOut(_prev: OptOutFormState, formData: FormData): Promise<OptOutFormState> {
  const locale = String(formData.get("locale") ?? "");
  if (!isLocale(locale)) return { errors: {}, values: {}, formError: "generic" };
  // The residence the page was shown for; its law decides which opt-outs exist and whether GPC counts.
  const jurisdiction = String(formData.get("jurisdiction") ?? OPT_OUT_DEFAULT_JURISDICTION)
    .trim()
    .toUpperCase()
    .replace(/^US_/, "US-");
  const regime = regimeForResidence(jurisdiction);
  const offered = optOutTypesFor(regime);
  if (offered.length === 0) return { errors: {}, values: {}, formError: "generic" };
  const email = String(formData.get("email") ?? "").trim();
  const fullName = String(formData.get("fullName") ?? "").trim();
  const types = formData
    .getAll("types")
    .map(String)
    .filter((t): t is OptOutType => (offered as readonly string[]).includes(t));
  const values = { email, fullName, types };
  const errors: Record<string, string> = {};
  if (!email) errors.email = "required";
  else if (email.length > 254 || !EMAIL.test(email)) errors.email = "email";
  if (fullName.length > 200) errors.fullName = "tooLong";
  if (types.length === 0) errors.types = "choose";
  if (Object.keys(errors).length > 0) return { errors, values };

  const h = await headers();
  const limited = await portalAction(() =>
    enforceIntakeIpLimit(clientIp(new Request("http://portal.invalid/", { headers: h }))),
  );
  if (!limited.ok)
    return { errors: {}, values, formError: limited.code === "rate_limited" ? "rate_limited" : "generic" };
  const gpc = h.get("sec-gpc") === "1" && honoursUniversalOptOut(regime);
  const filed = await portalAction(() =>
    fileOptOuts(
      { email, ...(fullName ? { fullName } : {}), types, gpc, locale, jurisdiction },
      { channel: "portal", gpc },
    ),
  );
  if (!filed.ok) {
    if (filed.fields?.email) return { errors: { email: "email" }, values };
    return { errors: {}, values, formError: filed.code === "rate_limited" ? "rate_limited" : "generic" };
  }
  const q = new URLSearchParams();
  for (const r of filed.value) q.append("ref", `${r.reference}:${r.dueDate}:${r.type}`);
  if (gpc) q.set("gpc", "1");
  const days = usStateLaw(regime ?? "")?.optOut.respondDays.value;
  if (days) q.set("days", String(days));
  redirect(`/${locale}/opt-out/done?${q.toString()}`);
}
