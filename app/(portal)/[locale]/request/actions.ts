"use server";

import { randomInt, randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { computeDeadline } from "@/lib/domain/deadline";
import { enforceIntakeIpLimit } from "@/lib/requests/intake/intake-limits";
import { formatReference } from "@/lib/domain/reference";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { matchPortalDataPoints } from "@/lib/requests/verification/portal-data-points";
import { isOptOutType, REQUEST_TYPES, type RequestType } from "@/lib/domain/vocabulary";
import { controllerProfile, env } from "@/lib/env";
import { clientIp } from "@/lib/net/client-address";
import { portalAction } from "@/lib/http/portal-action";
import { isLocale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { formValues, rowCount, toIntakeInput, type RequestFormState } from "./form-input";
import { confirmationQuery } from "../confirmation/confirmation-link";

/** `res` and `type` let the page state the time limit and extension rule of the requester's own law. */
function confirmationUrl(
  locale: string,
  p: { id: string; reference: string; dueDate: string; residence: string; type: string },
) {
  const q = confirmationQuery({ request: p.id, ref: p.reference, due: p.dueDate, res: p.residence, type: p.type });
  return `/${locale}/confirmation?${q}`;
}

/** The request form's only action: "add a row" re-renders with one more row, "send" files the request. */
export async function submitPortalRequest(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const locale = String(formData.get("locale") ?? "");
  const type = String(formData.get("type") ?? "") as RequestType;
  if (!isLocale(locale) || !REQUEST_TYPES.includes(type) || isOptOutType(type))
    return { errors: {}, values: {}, rows: 3, formError: "generic" };
  let rows = rowCount(formData);
  const values = formValues(formData, rows);
  if (formData.get("intent") === "add_row") {
    rows = Math.min(rows + 1, 50);
    return { errors: {}, values, rows };
  }

  const ip = clientIp(new Request("http://portal.invalid/", { headers: await headers() }));

  // A bot filled the field humans never see: answer as if filed, file nothing (its hit still counts).
  if (values.website) {
    const limited = await portalAction(() => enforceIntakeIpLimit(ip));
    if (!limited.ok) return { errors: {}, values, rows, formError: "rate_limited" };
    const fake = computeDeadline({
      jurisdiction: env().DEFAULT_JURISDICTION,
      controller: controllerProfile().country,
      timeZone: controllerProfile().timeZone,
      receivedAt: new Date(),
    });
    redirect(
      confirmationUrl(locale, {
        id: randomUUID(),
        reference: formatReference(new Date(), randomInt(1000, 999_999)),
        dueDate: fake.dueDate,
        residence: env().DEFAULT_JURISDICTION,
        type,
      }),
    );
  }

  const checked = toIntakeInput(type, locale, values, rows, messages(locale).form.scope);
  if (!checked.ok) {
    // An invalid form counts against the address's limit too (a valid one counts in the intake itself).
    const limited = await portalAction(() => enforceIntakeIpLimit(ip));
    if (!limited.ok)
      return { errors: {}, values, rows, formError: limited.code === "rate_limited" ? "rate_limited" : "generic" };
    return { errors: checked.errors, values, rows };
  }

  const result = await portalAction(() =>
    submitRequest(checked.input, { ipLimit: { ip }, channel: "portal", actor: { type: "subject" }, emailQuota: true }),
  );
  // The form checked the right against the residence (toIntakeInput); the intake asks the same rule again.
  if (!result.ok && result.code === "right_not_granted")
    return { errors: { jurisdiction: "not_granted" }, values, rows };
  if (!result.ok)
    return { errors: {}, values, rows, formError: result.code === "rate_limited" ? "rate_limited" : "generic" };
  // California's identity questions: matched once the request exists (result audited, shown to staff).
  await matchPortalDataPoints({
    requestId: result.value.id,
    type,
    jurisdiction: checked.input.jurisdiction,
    points: {
      lastName: values["dp-lastName"] || undefined,
      phone: values["dp-phone"] || undefined,
      postcode: values["dp-postcode"] || undefined,
      orderNumber: values["dp-orderNumber"] || undefined,
    },
    declarationSigned: values["dp-declaration"] === "yes",
  });
  redirect(
    confirmationUrl(locale, {
      ...result.value,
      residence: checked.input.jurisdiction ?? env().DEFAULT_JURISDICTION,
      type,
    }),
  );
}
