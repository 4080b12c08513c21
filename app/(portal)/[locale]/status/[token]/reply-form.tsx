import type { Locale } from "@/lib/domain/locale";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { messages } from "@/lib/i18n/messages";
import { MAX_ATTACHMENTS_PER_MESSAGE } from "@/lib/requests/attachments/attachment-file";
import { REPLY_MAX_LENGTH } from "@/lib/requests/subject/reply-as-subject";
import { replyFromStatusPage } from "./actions";

/** The codes the reply form explains beside its own fields (the others go to the page's error notice). */
export const REPLY_ERRORS = [
  "invalid_request",
  "too_long",
  "attachment_count",
  "attachment_empty",
  "attachment_size",
  "attachment_type",
] as const;
export type ReplyError = (typeof REPLY_ERRORS)[number];

export const isReplyError = (code: string | undefined): code is ReplyError =>
  (REPLY_ERRORS as readonly string[]).includes(code ?? "");

/**
 * The subject's message from the status page, with up to 3 files (checked by content and size on the server,
 * stored encrypted with the request): a plain multipart form, so it works without JavaScript.
 */
export function ReplyForm(p: { locale: Locale; token: string; waiting: boolean; error: ReplyError | null }) {
  const s = messages(p.locale).status;
  const mb = Math.floor(env().ATTACHMENT_MAX_BYTES / 1024 / 1024);
  const bodyError = p.error === "invalid_request" || p.error === "too_long" ? s.errors[p.error] : null;
  const fileError = p.error && !bodyError ? fill(s.errors[p.error], { mb }) : null;
  return (
    <form action={replyFromStatusPage} className="form wide" id="reply">
      <input type="hidden" name="locale" value={p.locale} />
      <input type="hidden" name="token" value={p.token} />
      <div className={`field${bodyError ? " has-error" : ""}`}>
        <label htmlFor="body">{p.waiting ? s.replyToQuestion : s.reply}</label>
        <p id="body-hint" className="hint">
          {s.replyHint}
        </p>
        {bodyError ? (
          <p id="body-error" className="error">
            {bodyError}
          </p>
        ) : null}
        <textarea
          id="body"
          name="body"
          rows={5}
          maxLength={REPLY_MAX_LENGTH}
          required
          autoFocus={Boolean(bodyError)}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? "body-hint body-error" : "body-hint"}
        />
      </div>
      <div className={`field${fileError ? " has-error" : ""}`}>
        <label htmlFor="attachments">{s.attachments}</label>
        <p id="attachments-hint" className="hint">
          {fill(s.attachmentsHint, { mb })}
        </p>
        {fileError ? (
          <p id="attachments-error" className="error">
            {fileError}
          </p>
        ) : null}
        <input
          id="attachments"
          name="attachments"
          type="file"
          multiple
          data-max-files={MAX_ATTACHMENTS_PER_MESSAGE}
          accept="application/pdf,image/png,image/jpeg,text/plain"
          autoFocus={Boolean(fileError)}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "attachments-hint attachments-error" : "attachments-hint"}
        />
      </div>
      <div>
        <button className="button" type="submit">
          {s.send}
        </button>
      </div>
    </form>
  );
}
