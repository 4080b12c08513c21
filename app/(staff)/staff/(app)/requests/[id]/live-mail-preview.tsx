"use client";

import { useEffect, useId, useState } from "react";
import { fill } from "@/lib/i18n/fill";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { useStaffLocale, useStaffMessages } from "../../components/staff-locale";
import { previewTransitionMail, type MailPreviewInput } from "./preview-actions";

export interface RenderedMail {
  subject: string;
  text: string;
}

/**
 * The mail as it will be sent, re-rendered on the server (same data builder and template as the mail
 * job) a moment after the member stops typing. The server-rendered first version is shown without JS.
 */
export function LiveMailPreview(p: { input: MailPreviewInput | null; initial: RenderedMail | null; testId: string }) {
  const t = useStaffMessages().menu;
  const locale = useStaffLocale();
  const titleId = useId();
  const key = p.input ? JSON.stringify(p.input) : null;
  // The form as first rendered is what the server's preview shows; later keys are fetched.
  const [shown, setShown] = useState<{ key: string | null; mail: RenderedMail | null; failed: string | null }>({
    key,
    mail: p.initial,
    failed: null,
  });
  useEffect(() => {
    if (!key || key === shown.key) return;
    let stale = false;
    const timer = setTimeout(async () => {
      try {
        const r = await previewTransitionMail(JSON.parse(key) as MailPreviewInput);
        if (stale) return;
        setShown((prev) =>
          r.ok
            ? { key, mail: r.value, failed: null }
            : { ...prev, key, failed: errorDetailText(r.detail, locale, r.message) },
        );
      } catch (err) {
        if (!stale) setShown((prev) => ({ ...prev, key, failed: err instanceof Error ? err.message : String(err) }));
      }
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [key, shown.key, locale]);
  const mail = shown.mail;
  const updating = key !== null && key !== shown.key;
  if (!mail) return null;
  return (
    <section className="mail-preview" aria-labelledby={titleId}>
      <h3 id={titleId} className="small">
        {t.previewTitle}
        {updating ? <span className="muted"> · {t.previewUpdating}</span> : null}
      </h3>
      {shown.failed ? (
        <p className="alert" role="alert">
          {fill(t.previewFailed, { reason: shown.failed })}
        </p>
      ) : null}
      <pre className="preview" data-testid={p.testId} aria-busy={updating} tabIndex={0} aria-labelledby={titleId}>
        {fill(t.previewSubject, { subject: mail.subject })}
        {"\n\n"}
        {mail.text}
      </pre>
    </section>
  );
}
