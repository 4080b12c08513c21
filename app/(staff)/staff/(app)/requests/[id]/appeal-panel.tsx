import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { db } from "@/lib/db/client";
import { findAppealOfRequest } from "@/lib/db/queries/appeals";
import type { Locale } from "@/lib/domain/locale";
import { usStateLaw } from "@/lib/domain/us-states";
import { controllerProfile } from "@/lib/env";
import { formatStaffDate, formatStaffInstant } from "../../components/staff-display";

const WORDS = {
  en: {
    title: "Appeal of the refusal",
    received: "Received {date}; decide by {due} ({zone}, {cite}).",
    open: "Waiting for a decision by a DPO or administrator who did not make the refusal:",
    list: "open the appeals list",
    decided: "{decision} on {date}.",
    granted: "Granted (request reopened)",
    denied: "Denied",
    reason: "The person's reason:",
    decisionReason: "Reason given:",
  },
  fr: {
    title: "Appel du refus",
    received: "Reçu le {date} ; décision avant le {due} ({zone}, {cite}).",
    open: "En attente de la décision d'un DPO ou d'un administrateur qui n'a pas pris la décision de refus :",
    list: "ouvrir la liste des appels",
    decided: "{decision} le {date}.",
    granted: "Accueilli (demande rouverte)",
    denied: "Rejeté",
    reason: "Motif de la personne :",
    decisionReason: "Motif donné :",
  },
};

const fillIn = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");

/**
 * The request's appeal (US state laws), if any: its dates and decision. Its texts are subject content:
 * shown only in a render that audited a view (`showSubjectContent`).
 */
export async function AppealPanel(p: { requestId: string; locale: Locale; showSubjectContent: boolean }) {
  const appeal = await findAppealOfRequest(db(), { requestId: p.requestId });
  if (!appeal) return null;
  const w = WORDS[p.locale];
  const zone = controllerProfile().timeZone;
  const cite = usStateLaw(appeal.regime)?.appeal?.decideDays.cite ?? appeal.regime;
  return (
    <section className="panel" aria-labelledby="h-appeal" data-testid="appeal-panel">
      <h2 id="h-appeal">{w.title}</h2>
      <p>
        {fillIn(w.received, {
          date: formatStaffInstant(appeal.receivedAt, p.locale, zone),
          due: formatStaffDate(appeal.decideBy, p.locale),
          zone,
          cite,
        })}
      </p>
      {appeal.decidedAt && appeal.decision ? (
        <p>
          {fillIn(w.decided, {
            decision: appeal.decision === "granted" ? w.granted : w.denied,
            date: formatStaffInstant(appeal.decidedAt, p.locale, zone),
          })}
        </p>
      ) : (
        <p>
          {w.open} <StaffLink href="/staff/appeals">{w.list}</StaffLink>
        </p>
      )}
      {p.showSubjectContent ? (
        <>
          <p className="muted">{w.reason}</p>
          <p className="message-body">{appeal.reason}</p>
          {appeal.decisionReason ? (
            <>
              <p className="muted">{w.decisionReason}</p>
              <p className="message-body">{appeal.decisionReason}</p>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
