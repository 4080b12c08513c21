import type { StaffSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { decryptMaybe } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { listRequestMails, type MailListing } from "@/lib/db/queries/mail-deliveries";
import { controllerProfile } from "@/lib/env";
import { mailRecipientAad } from "@/lib/mail/queue-mail";
import { RESENDABLE_STATES, type MailState } from "@/lib/mail/states";
import { ActionForm } from "../../components/action-form";
import { resendMailAction } from "./mail-actions";
import "./mails-panel.css";

const STATE_LABELS: Record<MailState, string> = {
  queued: "Queued",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed — retrying",
  uncertain: "Uncertain",
  given_up: "Given up",
};

const ROLE_LABELS: Record<string, string> = {
  subject: "the subject",
  staff: "staff",
  recipient: "a recipient (Art. 19)",
};

/** An instant in the controller's time zone, the zone named. */
function inZone(d: Date | null, timeZone: string): string {
  if (!d) return "—";
  const text = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  })
    .format(d)
    .replace(",", "");
  return `${text} (${timeZone})`;
}

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
  const mails = await listRequestMails(db(), { requestId });
  const showAddress = can(staff, "request.view_subject");
  const mayResend = can(staff, "fulfilment.retry");
  const zone = controllerProfile().timeZone;
  return (
    <section className="panel mails-panel" aria-labelledby="h-mails" data-testid="mails-panel">
      <h2 id="h-mails">Mails</h2>
      {mails.length === 0 ? (
        <p className="muted">No mail recorded for this request.</p>
      ) : (
        <div>
          <table className="mails">
            <thead>
              <tr>
                <th scope="col">Mail</th>
                <th scope="col">To</th>
                <th scope="col">State</th>
                <th scope="col">Tries</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <MailRow key={m.key} m={m} zone={zone} showAddress={showAddress} mayResend={mayResend} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function MailRow(p: { m: MailListing; zone: string; showAddress: boolean; mayResend: boolean }) {
  const { m } = p;
  const state = m.status as MailState;
  const address = p.showAddress ? safeDecrypt(m.recipientEnc, m.key) : null;
  const when = state === "sent" ? m.acceptedAt : (m.lastAttemptAt ?? m.createdAt);
  return (
    <tr data-testid="mail-row" data-mail-key={m.key} data-state={state}>
      <td data-label="Mail">{m.template ? m.template.replaceAll("_", " ") : "mail"}</td>
      <td data-label="To">
        {ROLE_LABELS[m.recipientRole] ?? m.recipientRole}
        {address ? <div className="muted small address">{address}</div> : null}
      </td>
      <td data-label="State">
        <strong>{STATE_LABELS[state] ?? state}</strong>
        {m.lastError && state !== "sent" ? <div className="step-error small">{m.lastError}</div> : null}
        {state === "uncertain" ? (
          <div className="muted small">
            The sending process stopped mid-way: the person may have it already. Resend only if they did not.
          </div>
        ) : null}
        {p.mayResend && RESENDABLE_STATES.includes(state) ? (
          <ActionForm
            action={resendMailAction}
            submitLabel="Resend"
            pendingLabel="Queuing…"
            label={`Resend the ${m.template ?? "mail"}`}
            className="action-form inline-actions"
            confirm={
              state === "uncertain"
                ? "This mail may already have reached the person; resending can give them a second copy. Resend?"
                : undefined
            }
          >
            <input type="hidden" name="requestId" value={m.requestId ?? ""} />
            <input type="hidden" name="key" value={m.key} />
          </ActionForm>
        ) : null}
      </td>
      <td data-label="Tries">{m.attempts}</td>
      <td data-label="When" className="small">
        {state === "sent" ? "sent " : m.lastAttemptAt ? "last try " : "queued "}
        {inZone(when, p.zone)}
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
