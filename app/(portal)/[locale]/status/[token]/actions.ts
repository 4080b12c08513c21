"use server";

import { redirect } from "next/navigation";
import { sendDownloadCode } from "@/lib/requests/subject/download-codes";
import { replyAsSubject } from "@/lib/requests/subject/reply-as-subject";
import { withdrawAsSubject } from "@/lib/requests/subject/withdraw-as-subject";
import { portalAction } from "@/lib/http/portal-action";
import { toLocale } from "@/lib/domain/locale";

function read(formData: FormData) {
  const l = String(formData.get("locale") ?? "en");
  const token = String(formData.get("token") ?? "");
  return {
    locale: toLocale(l),
    token,
    base: `/${toLocale(l)}/status/${encodeURIComponent(token)}`,
  };
}

/** A reply from the status page; errors come back as a code in the URL so the page works without JavaScript. */
export async function replyFromStatusPage(formData: FormData) {
  const { token, base } = read(formData);
  const body = String(formData.get("body") ?? "");
  // Files, when the form offers them (issue 16): checked and stored with the reply by the use case.
  const files = formData.getAll("attachments").filter((v): v is File => v instanceof File && v.size > 0);
  const result = await portalAction(async () =>
    replyAsSubject({
      token,
      body,
      attachments: await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: Buffer.from(await f.arrayBuffer()) })),
      ),
    }),
  );
  if (!result.ok) {
    const code = result.fields?.body === "too_long" ? "too_long" : (attachmentError(result) ?? result.code);
    redirect(`${base}?error=${code}#reply`);
  }
  redirect(`${base}?sent=1#messages`);
}

/** A refused file, as the code the reply form explains (the field is `attachments`, lib/requests/attachments). */
function attachmentError(r: { code: string; fields?: Record<string, string> }): string | null {
  const why = r.fields?.attachments;
  if (!why) return null;
  if (r.code === "payload_too_large") return "attachment_size";
  if (r.code === "unsupported_media_type") return "attachment_type";
  return /empty/.test(why) ? "attachment_empty" : "attachment_count";
}

export async function withdrawFromStatusPage(formData: FormData) {
  const { token, base } = read(formData);
  const result = await portalAction(() => withdrawAsSubject({ token }));
  redirect(result.ok ? `${base}?withdrawn=1` : `${base}?error=${result.code}`);
}

/** Mails a fresh 6-digit code for one download of the package. */
export async function sendDownloadCodeFromStatusPage(formData: FormData) {
  const { token, base } = read(formData);
  const result = await portalAction(() => sendDownloadCode(token));
  redirect(result.ok ? `${base}?code=sent#download` : `${base}?download=${result.code}#download`);
}
