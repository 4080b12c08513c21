import Link from "next/link";
import type { Locale } from "@/lib/domain/locale";
import type { RegimeNotices } from "@/lib/domain/regime-notices";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { STATUS_LATE } from "@/lib/i18n/messages/status-late";
import { ComplaintLines } from "./regime-rights";

/**
 * QA F19: the due date passed with the request still open and its clock running (lib/domain/overdue.ts). No date is
 * promised: the page says the answer is late, that the request is still being handled, and what the person can do
 * under their own law — PIPEDA s. 8(5) deems the request refused, opening the complaint of s. 11; elsewhere the
 * regime's complaint routes (GDPR Art. 77, with Art. 12(4)'s duty to tell the person of that right) and remedy.
 */
export function LateNotice(p: { locale: Locale; n: RegimeNotices; dueDate: string; canWrite: boolean }) {
  const l = STATUS_LATE[p.locale];
  return (
    <section aria-labelledby="late-title" className="notice warning" data-testid="late-notice">
      <h2 id="late-title">{l.lateTitle}</h2>
      <p>{fill(l.late, { date: formatLocalDate(p.dueDate, p.locale) })}</p>
      {p.n.deemedRefused ? (
        <>
          <p data-testid="deemed-refused">{p.n.deemedRefused}</p>
          {p.n.judicialRemedy ? <p>{p.n.judicialRemedy}</p> : null}
        </>
      ) : (
        <>
          <p>{l.lateComplain}</p>
          <ComplaintLines n={p.n} />
        </>
      )}
      {p.canWrite ? <p>{l.lateWrite}</p> : null}
    </section>
  );
}

/** QA F27: why a closed request still takes an answer, and until when; or why it takes none, and the way forward. */
export function ClosedReplyNote(p: { locale: Locale; replyUntil: string | null }) {
  const l = STATUS_LATE[p.locale];
  const newRequest = <Link href={`/${p.locale}`}>{l.newRequest}</Link>;
  if (p.replyUntil)
    return (
      <p className="notice" data-testid="closed-reply">
        {fill(l.closedReply, { date: formatLocalDate(p.replyUntil, p.locale) })} {newRequest}.
      </p>
    );
  return (
    <p className="muted" data-testid="closed-no-reply">
      {l.closedNoReply} {newRequest}.
    </p>
  );
}
