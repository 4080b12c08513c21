import { currentStaff } from "@/lib/auth/session";
import { negotiateLocale, type Locale } from "@/lib/domain/locale";
import { appUrl } from "@/lib/env";
import type { ActionResult } from "@/lib/http/staff-action";
import { requireSameOrigin } from "@/lib/http/same-origin";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { staffEn } from "@/lib/i18n/staff/en";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";

export interface Flash {
  kind: "ok" | "error";
  text: string;
}

const FLASH_COOKIE = "dsr-flash";
const MAX_FORM_BYTES = 64 * 1024;

/** Where a plain form posted from the queue goes back to: the queue itself, with its query, nothing else. */
export function safeBack(value: FormDataEntryValue | null, fallback = "/staff/requests"): string {
  if (typeof value !== "string") return fallback;
  return /^\/staff\/[a-z0-9/_-]*(\?[^#\s\\]*)?$/i.test(value) && !value.startsWith("//") ? value : fallback;
}

/** The sentence an operation's failure shows, in the member's language (as ActionForm's ActionOutcome words it). */
export function failureText(result: Extract<ActionResult, { ok: false }>, locale: Locale): string {
  const t = staffMessages(locale);
  const headline = lookup(t.errors, result.code, result.message);
  const text = errorDetailText(result.detail, locale, result.message);
  const parts = [headline];
  if (headline !== text && lookup(staffEn.errors, result.code, "") !== result.message)
    parts.push(fill(t.errorDetail, { detail: text }));
  for (const [k, v] of Object.entries(result.fields ?? {}))
    parts.push(fill(t.fieldError, { field: lookup(t.fieldLabels, k), reason: v }));
  return parts.join(" ");
}

/**
 * A staff operation posted by a plain HTML form (the queue's static document, issue 16): same-origin
 * checked before anything is read (403 otherwise), then the same server action the React pages call
 * (session re-read, `can()`, zod, audit in the use case's transaction), then redirect-after-POST (303)
 * to the page it came from with the outcome as a one-minute flash cookie, shown and announced there.
 */
export async function formPost(
  request: Request,
  action: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>,
  success: (result: Extract<ActionResult, { ok: true }>, locale: Locale) => string,
): Promise<Response> {
  try {
    requireSameOrigin(request);
  } catch (refused) {
    return new Response((refused as Error).message, {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES)
    return new Response("Form too large.", { status: 413 });
  const form = await request.formData();
  const back = safeBack(form.get("back"));
  const result = await action(null, form);
  if (!result.ok && result.code === "unauthenticated") return seeOther("/staff/signin");
  const staff = await currentStaff().catch(() => null);
  const locale = staff?.locale ?? negotiateLocale(request.headers.get("accept-language"));
  const flash: Flash = result.ok
    ? { kind: "ok", text: success(result, locale) }
    : { kind: "error", text: failureText(result, locale) };
  return seeOther(back, flashCookie(flash, secureCookies()));
}

function seeOther(location: string, cookie?: string): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  if (cookie) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/** Secure cookies when the application is served over HTTPS (APP_URL). */
export const secureCookies = (): boolean => appUrl().startsWith("https://");
const secureFlag = (secure: boolean) => (secure ? "; Secure" : "");

export function flashCookie(flash: Flash, secure: boolean): string {
  const value = Buffer.from(JSON.stringify(flash)).toString("base64url");
  return `${FLASH_COOKIE}=${value}; Path=/staff; Max-Age=60; HttpOnly; SameSite=Lax${secureFlag(secure)}`;
}

/** The flash left by the last POST, and the header that clears it once shown. */
export function readFlash(cookieHeader: string | null, secure: boolean): { flash: Flash | null; clear: string | null } {
  const raw = cookieHeader
    ?.split(";")
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${FLASH_COOKIE}=`))
    ?.slice(FLASH_COOKIE.length + 1);
  if (!raw) return { flash: null, clear: null };
  const clear = `${FLASH_COOKIE}=; Path=/staff; Max-Age=0; HttpOnly; SameSite=Lax${secureFlag(secure)}`;
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Flash>;
    if ((parsed.kind === "ok" || parsed.kind === "error") && typeof parsed.text === "string")
      return { flash: { kind: parsed.kind, text: parsed.text.slice(0, 2000) }, clear };
  } catch {
    // A cookie we did not write: ignore it, and clear it.
  }
  return { flash: null, clear };
}
