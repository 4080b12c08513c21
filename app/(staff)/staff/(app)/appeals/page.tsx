import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { db } from "@/lib/db/client";
import { listOpenAppeals } from "@/lib/db/queries/appeals";
import { requireStaffPage } from "@/lib/http/staff-page";
import { controllerProfile } from "@/lib/env";
import { usStateLaw } from "@/lib/domain/us-states";
import { ActionForm } from "../components/action-form";
import { formatStaffDate, formatStaffInstant } from "../components/staff-display";
import { extendAppealAction } from "./actions";
import { Announcer } from "../components/announcer";
import { AppealDecisionForm } from "./decision-form";
import { staffTitle } from "@/lib/http/staff-title";
import "./appeals.css";

export const generateMetadata = staffTitle("appeals");

const WORDS = {
  en: {
    title: "Appeals of refusals",
    intro:
      "US state laws let a person appeal our refusal. A DPO or administrator who did not make the refusal decides, with a reason, by the date shown; denied, the person is told how to complain to their state's Attorney General.",
    none: "No appeal is waiting for a decision.",
    reference: "Request",
    regime: "Law",
    received: "Received",
    decideBy: "Decide by",
    decide: "Decide",
    decision: "Decision",
    granted: "Grant: reopen the request",
    denied: "Deny: keep the refusal",
    reason: "Reason (sent to the person)",
    submit: "Record the decision",
    extend: "Extend the decision period",
    extendReason: "Reason for more time (sent to the person)",
    extendSubmit: "Extend and tell the person",
    extended: "Extended",
    days: "days",
    confirmDenied:
      "Deny the appeal of {reference}? The refusal stands; the person is mailed your reason and how to complain to their Attorney General. This cannot be undone.",
    confirmGranted:
      "Grant the appeal of {reference}? The request reopens and the person is mailed your reason. This cannot be undone.",
    yesDenied: "Yes, deny the appeal",
    yesGranted: "Yes, grant and reopen",
    recorded: "Decision on {reference} recorded; the person is told.",
    already: "The appeal of {reference} was already decided.",
  },
  fr: {
    title: "Appels des refus",
    intro:
      "Les lois des États américains permettent de faire appel de notre refus. Un DPO ou un administrateur qui n'a pas pris la décision de refus statue, motifs à l'appui, avant la date indiquée ; en cas de rejet, la personne apprend comment saisir l'Attorney General de son État.",
    none: "Aucun appel n'attend de décision.",
    reference: "Demande",
    regime: "Loi",
    received: "Reçu",
    decideBy: "À décider avant le",
    decide: "Décider",
    decision: "Décision",
    granted: "Accueillir : rouvrir la demande",
    denied: "Rejeter : maintenir le refus",
    reason: "Motif (envoyé à la personne)",
    submit: "Enregistrer la décision",
    extend: "Prolonger le délai de décision",
    extendReason: "Raison du délai supplémentaire (envoyée à la personne)",
    extendSubmit: "Prolonger et prévenir la personne",
    extended: "Prolongé",
    days: "jours",
    confirmDenied:
      "Rejeter l'appel de {reference} ? Le refus est maintenu ; la personne reçoit votre motif et la façon de saisir l'Attorney General de son État. Ce choix est définitif.",
    confirmGranted:
      "Accueillir l'appel de {reference} ? La demande est rouverte et la personne reçoit votre motif. Ce choix est définitif.",
    yesDenied: "Oui, rejeter l'appel",
    yesGranted: "Oui, accueillir et rouvrir",
    recorded: "Décision sur {reference} enregistrée ; la personne est prévenue.",
    already: "L'appel de {reference} avait déjà été tranché.",
  },
};

/** The appeals waiting for a decision, soonest deadline first, each with its decision form. */
export default async function AppealsPage() {
  const staff = await requireStaffPage("request.decide_appeal");
  const locale: "fr" | "en" = staff.locale === "fr" ? "fr" : "en";
  const w = WORDS[locale];
  const zone = controllerProfile().timeZone;
  const appeals = await listOpenAppeals(db());
  return (
    <>
      <h1>{w.title}</h1>
      <p className="muted">{w.intro}</p>
      <Announcer testId="appeals-announcer" />
      {appeals.length === 0 ? (
        <p data-testid="no-appeals">{w.none}</p>
      ) : (
        // Wider than the screen (a tablet), the table scrolls inside its own keyboard-reachable box; on a
        // phone each appeal folds into a card (appeals.css). Explicit roles keep it a table for screen
        // readers once its rows and cells are displayed as blocks.
        <div style={{ overflowX: "auto", maxWidth: "100%" }} role="region" aria-label={w.title} tabIndex={0}>
          <table className="table appeals" data-testid="appeals" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {w.reference}
                </th>
                <th scope="col" role="columnheader">
                  {w.regime}
                </th>
                <th scope="col" role="columnheader">
                  {w.received}
                </th>
                <th scope="col" role="columnheader">
                  {w.decideBy} ({zone})
                </th>
                <th scope="col" role="columnheader">
                  {w.decide}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {appeals.map((a) => (
                <tr key={a.id} data-testid={`appeal-${a.reference}`} role="row">
                  <td role="cell">
                    <CellLabel text={w.reference} locale={locale} />
                    <StaffLink href={`/staff/requests/${a.requestId}`} className="nowrap">
                      {a.reference}
                    </StaffLink>
                  </td>
                  <td role="cell">
                    <CellLabel text={w.regime} locale={locale} />
                    {usStateLaw(a.regime)?.law.title ?? a.regime}
                  </td>
                  <td role="cell">
                    <CellLabel text={w.received} locale={locale} />
                    {formatStaffInstant(a.receivedAt, locale, zone)}
                  </td>
                  <td data-testid="decide-by" data-date={a.decideBy} role="cell">
                    <CellLabel text={`${w.decideBy} (${zone})`} locale={locale} />
                    <span data-testid="decide-by-date" className="nowrap">
                      {formatStaffDate(a.decideBy, locale)}
                    </span>
                    {a.extendedAt ? <span className="tag">{w.extended}</span> : null}
                  </td>
                  <td className="appeal-decide" role="cell">
                    <AppealDecisionForm appealId={a.id} requestId={a.requestId} reference={a.reference} w={w} />
                    {usStateLaw(a.regime)?.appeal?.decideExtensionDays && !a.extendedAt ? (
                      <ActionForm
                        action={extendAppealAction}
                        submitLabel={w.extendSubmit}
                        label={`${w.extend} — ${a.reference}`}
                      >
                        <input type="hidden" name="requestId" value={a.requestId} />
                        <div className="compact-field">
                          <label htmlFor={`extend-${a.id}`}>
                            {w.extendReason} (+{usStateLaw(a.regime)!.appeal!.decideExtensionDays!.value} {w.days})
                          </label>
                          <textarea id={`extend-${a.id}`} name="reason" required minLength={10} maxLength={2000} />
                        </div>
                      </ActionForm>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The column's name before a value, shown only when the row is folded into a card (appeals.css). */
function CellLabel({ text, locale }: { text: string; locale: "fr" | "en" }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {text}
      {locale === "fr" ? "\u00a0: " : ": "}
    </span>
  );
}
