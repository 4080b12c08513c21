import type { StaffSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { decryptMaybe } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { listRequestMails, type MailListing } from "@/lib/db/queries/mail-deliveries";
import { findRequest } from "@/lib/db/queries/requests";
import { recipientsWords } from "@/lib/i18n/staff/recipients-words";
import { regimeOfRequest } from "@/lib/mail/templates/regime-params";
import { controllerProfile } from "@/lib/env";
import { mailRecipientAad } from "@/lib/mail/queue-mail";
import { RESENDABLE_STATES, type MailState } from "@/lib/mail/states";
import { fill } from "@/lib/i18n/fill";
import { lookup, type StaffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { formatStaffInstant } from "../../components/staff-display";
import { currentStaffLocale, currentStaffWords } from "../../components/staff-words";
import { resendMailAction } from "./mail-actions";
import "./mails-panel.css";

/**
 * The request's mails and where each stands (issue 17): template, recipient role (the address only for
 * roles that see subject data), state, attempts, last error, time in the controller's zone; a failed,
 * given-up or uncertain mail can be resent by those who may retry fulfilment.
 */
export async function MailsPanel({
  requestId,
  staff,
}: {
  requestId: string;
  staff: Pick<StaffSession, "id" | "role">;
}) {
  const [mails, request] = await Promise.all([
    listRequestMails(db(), { requestId }),
    findRequest(db(), { id: requestId }),
  ]);
  const showAddress = can(staff, "request.view_subject");
  const mayResend = can(staff, "fulfilment.retry");
  const zone = controllerProfile().timeZone;
  const locale = await currentStaffLocale();
  const words = await currentStaffWords();
  const t = words.mails;
  return (
    <section className="panel mails-panel" aria-labelledby="h-mails" data-testid="mails-panel">
      <h2 id="h-mails">{t.title}</h2>
      {mails.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div>
          <table className="mails">
            <thead>
              <tr>
                <th scope="col">{t.columns.mail}</th>
                <th scope="col">{t.columns.to}</th>
                <th scope="col">{t.columns.state}</th>
                <th scope="col">{t.columns.tries}</th>
                <th scope="col">{t.columns.when}</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <MailRow
                  key={m.key}
                  m={m}
                  at={(d) => (d ? formatStaffInstant(d, locale, zone) : "—")}
                  showAddress={showAddress}
                  mayResend={mayResend}
                  t={t}
                  names={{
                    ...words.mailNames,
                    // "(Art. 19)" under the GDPRs only: another law's notice cites no GDPR article.
                    ...(request ? { recipient_notice: recipientsWords(words, regimeOfRequest(request)).mailName } : {}),
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MailRow(p: {
  m: MailListing;
  /** An instant in the member's language and the controller's zone, the zone named. */
  at: (d: Date | null) => string;
  showAddress: boolean;
  mayResend: boolean;
  t: StaffMessages["mails"];
  names: StaffMessages["mailNames"];
}) {
  const { m, t } = p;
  const name = m.template ? lookup(p.names, m.template, m.template.replaceAll("_", " ")) : t.mail;
  const state = m.status as MailState;
  const address = p.showAddress ? safeDecrypt(m.recipientEnc, m.key) : null;
  const when = state === "sent" ? m.acceptedAt : (m.lastAttemptAt ?? m.createdAt);
  return (
    <tr data-testid="mail-row" data-mail-key={m.key} data-state={state}>
      <td data-label={t.columns.mail}>{name}</td>
      <td data-label={t.columns.to}>
        {lookup(t.roles, m.recipientRole)}
        {address ? <div className="muted small address">{breakableAddress(address)}</div> : null}
      </td>
      <td data-label={t.columns.state}>
        <strong>{lookup(t.states, state)}</strong>
        {m.lastError && state !== "sent" ? <div className="step-error small">{m.lastError}</div> : null}
        {state === "uncertain" ? <div className="muted small">{t.uncertain}</div> : null}
        {p.mayResend && RESENDABLE_STATES.includes(state) ? (
          <ActionForm
            action={resendMailAction}
            submitLabel={t.resend}
            pendingLabel={t.queuing}
            label={fill(t.resendLabel, { mail: name })}
            className="action-form inline-actions"
            confirm={state === "uncertain" ? t.resendConfirm : undefined}
          >
            <input type="hidden" name="requestId" value={m.requestId ?? ""} />
            <input type="hidden" name="key" value={m.key} />
          </ActionForm>
        ) : null}
      </td>
      <td data-label={t.columns.tries}>{m.attempts}</td>
      <td data-label={t.columns.when} className="small">
        {state === "sent" ? t.sentAt : m.lastAttemptAt ? t.lastTry : t.queuedAt}
        {p.at(when)}
      </td>
    </tr>
  );
}

function safeDecrypt(token: string | null, key: string): string | null {
  try {
    return decryptMaybe(token, mailRecipientAad(key));
  } catch {
    return null;
  }
}

/** An address that may wrap after its "@" (a break opportunity) rather than anywhere inside a word. */
function breakableAddress(address: string) {
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  return (
    <>
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </>
  );
}
