import type { Locale } from "@/lib/domain/locale";
import { regimeNotices, type RegimeNotices } from "@/lib/domain/regime-notices";
import { P } from "./layout";
import type { RegimeParams } from "./types";

/** `type`: the right asked for, where the mail knows it (a time limit may depend on it: LGPD art. 19). */
export function noticesFor(locale: Locale, p: RegimeParams & { type?: string }): RegimeNotices {
  return regimeNotices(p.regime, locale, {
    lead: { name: p.authorityName, url: p.authorityUrl },
    residence: p.residence,
    requestType: p.type,
  });
}

/** The complaint routes and the judicial remedy of the regime, one paragraph each. */
export function ComplaintRoutes({ n, controller = true }: { n: RegimeNotices; controller?: boolean }) {
  return (
    <>
      {controller && n.controllerComplaint ? <P>{n.controllerComplaint}</P> : null}
      {n.complaint.map((text, i) => (
        <P key={i}>{text}</P>
      ))}
      {n.judicialRemedy ? <P>{n.judicialRemedy}</P> : null}
    </>
  );
}

/**
 * "Your options:" and the regime's complaint routes; `ifUnsatisfied`: "Your options if you are not satisfied with
 * our answer:" (the acknowledgement and the verification mail, said before any answer).
 */
export function Remedies({
  n,
  locale,
  ifUnsatisfied = false,
}: {
  n: RegimeNotices;
  locale: Locale;
  ifUnsatisfied?: boolean;
}) {
  const lead = ifUnsatisfied ? (
    locale === "fr" ? (
      <P>
        <strong>Vos recours</strong> si vous n’êtes pas satisfait(e) de notre réponse :
      </P>
    ) : (
      <P>
        <strong>Your options</strong> if you are not satisfied with our answer:
      </P>
    )
  ) : (
    <P>{locale === "fr" ? "Vos recours :" : "Your options:"}</P>
  );
  return (
    <>
      {lead}
      <ComplaintRoutes n={n} />
    </>
  );
}
