import type { RequestRow } from "@/lib/db/queries/requests";
import type { RegimeCode } from "@/lib/domain/deadline";
import { regimeShortName } from "@/lib/domain/deadline/regime-names";
import type { Locale } from "@/lib/domain/locale";
import { regimeGrants, type RightKey } from "@/lib/domain/rights";
import { isOpenStatus } from "@/lib/domain/vocabulary";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { MinimisedNotice } from "./minimised-notice";

const WORDS = {
  en: {
    title: "The law of the residence does not grant this right",
    body: "{place} ({law}) gives no right to {right}. The request was recorded all the same: it reached us, so it is answered within the time limit of that law (due {due}).",
    may: "You may:",
    voluntary:
      "answer it voluntarily, as if the right existed: nothing forbids doing more than the law asks (if the person also asks for something their law does give, e.g. a copy of their data, answer that part under it);",
    refuse:
      "or refuse it with the ground “{ground}”: the mail tells the person that their law does not give this right, and names the authority they may complain to;",
    correct:
      "or, if the person lives elsewhere, correct the residence first: the law of the new residence then applies.",
  },
  fr: {
    title: "La loi du lieu de résidence ne prévoit pas ce droit",
    body: "{place} ({law}) ne donne pas de droit à : {right}. La demande est tout de même enregistrée : elle nous est parvenue et reçoit une réponse dans le délai de cette loi (échéance : {due}).",
    may: "Vous pouvez :",
    voluntary:
      "y répondre volontairement, comme si le droit existait : rien n’interdit de faire plus que la loi ne demande (si la personne demande aussi ce que sa loi prévoit, par exemple une copie de ses données, répondez à cette partie à ce titre) ;",
    refuse:
      "ou la refuser avec le motif « {ground} » : le courriel indique à la personne que sa loi ne prévoit pas ce droit et nomme l’autorité auprès de laquelle elle peut se plaindre ;",
    correct:
      "ou, si la personne réside ailleurs, corriger d’abord le lieu de résidence : la loi du nouveau lieu s’applique alors.",
  },
} as const;

/**
 * Above the workspace: the minimised notice, and for a request staff recorded for a right the law of the
 * residence does not grant (lib/requests/intake/valid-intake.ts) what that means and what staff may do. Computed
 * from the type and the regime, so a corrected residence updates it.
 */
export function WorkspaceNotices(p: { request: RequestRow; regime: RegimeCode; due: string; locale: Locale }) {
  const r = p.request;
  const granted = regimeGrants(p.regime, r.type as RightKey);
  if (granted) return r.minimisedAt ? <MinimisedNotice at={r.minimisedAt} /> : null;
  const w = WORDS[p.locale];
  const all = staffMessages(p.locale);
  const law = regimeShortName(p.regime, p.locale);
  return (
    <>
      {r.minimisedAt ? <MinimisedNotice at={r.minimisedAt} /> : null}
      <section className="caution" role="note" aria-labelledby="h-right-not-granted" data-testid="right-not-granted">
        <h2 id="h-right-not-granted">{w.title}</h2>
        <p>{fill(w.body, { place: r.jurisdiction, law, right: all.types[r.type], due: p.due })}</p>
        {isOpenStatus(r.status) ? (
          <>
            <p>{w.may}</p>
            <ul>
              <li>{w.voluntary}</li>
              <li>{fill(w.refuse, { ground: all.actions.refusalReasons.right_not_granted })}</li>
              <li>{w.correct}</li>
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
