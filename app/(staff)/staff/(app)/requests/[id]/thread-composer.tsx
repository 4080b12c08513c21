import type { StaffSession } from "@/lib/auth/session";
import type { RequestRow } from "@/lib/db/queries/requests";
import { closedReplyUntil } from "@/lib/domain/closed-reply";
import { requestTimeZone } from "@/lib/domain/deadline/today-for-request";
import { toLocale } from "@/lib/domain/locale";
import { isOpenStatus } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { MAX_ATTACHMENTS_PER_MESSAGE } from "@/lib/requests/attachments/attachment-file";
import { replyTemplatesForRequest } from "@/lib/requests/reply-templates/templates-for-request";
import { ActionForm } from "../../components/action-form";
import { ReplyTemplatePicker } from "./reply-template-picker";
import { sendThreadMessageAction } from "./thread-actions";
import { NativeInputEcho } from "../../components/native-input-echo";
import { echoId } from "../../components/echo-id";
import { formatStaffDate } from "../../components/staff-display";

/**
 * The message box of the thread: a reply template to start from (this request's type, the person's
 * language, values filled in), the text, and up to three files (PDF, PNG, JPEG or plain text).
 */
export async function ThreadComposer({
  request: r,
  staff,
  subjectName,
}: {
  request: RequestRow;
  staff: StaffSession;
  subjectName: string | null;
}) {
  const all = staffMessages(staff.locale);
  const t = all.workspace;
  const locale = toLocale(r.locale);
  const choices = await replyTemplatesForRequest({
    type: r.type,
    reference: r.reference,
    dueDate: r.extendedDueDate ?? r.dueDate,
    locale,
    subjectName,
  });
  // "Mo" in French (mégaoctet), as the portal says it.
  const maxMb = `${Math.floor(env().ATTACHMENT_MAX_BYTES / 1024 / 1024)} ${staff.locale === "fr" ? "Mo" : "MB"}`;
  return (
    <section className="panel" aria-labelledby="h-message">
      <h2 id="h-message">{t.messageTitle}</h2>
      {/* A message on a closed request opens the person's 30-day answer window (lib/domain/closed-reply.ts). */}
      {!isOpenStatus(r.status) && r.closedAt && r.verifiedAt && !r.minimisedAt ? (
        <p className="muted" data-testid="closed-message-note">
          {fill(t.closedMessageNote, {
            date: formatStaffDate(closedReplyUntil(r.closedAt, requestTimeZone(r)), staff.locale),
          })}
        </p>
      ) : null}
      <ActionForm
        action={sendThreadMessageAction}
        submitLabel={t.sendMessage}
        pendingLabel={t.sending}
        resetOnSuccess
        label={t.messageTitle}
      >
        <input type="hidden" name="requestId" value={r.id} />
        {choices.length > 0 ? (
          <ReplyTemplatePicker targetId="message-body" choices={choices} words={all.replyTemplates} />
        ) : null}
        <div className="compact-field">
          <label htmlFor="message-body">{fill(t.messageLabel, { language: t.subjectLanguages[locale] })}</label>
          <textarea id="message-body" name="message" required maxLength={5000} />
        </div>
        <div className="compact-field">
          <label htmlFor="message-attachments">{fill(all.attachments.field, { size: maxMb })}</label>
          <input
            id="message-attachments"
            name="attachments"
            type="file"
            multiple
            accept="application/pdf,image/png,image/jpeg,text/plain,.pdf,.png,.jpg,.jpeg,.txt"
            data-max={MAX_ATTACHMENTS_PER_MESSAGE}
            aria-describedby={echoId("message-attachments")}
          />
          <NativeInputEcho inputId="message-attachments" kind="file" />
        </div>
      </ActionForm>
    </section>
  );
}
