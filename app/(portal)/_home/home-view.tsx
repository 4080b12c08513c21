import type { Locale } from "@/lib/domain/locale";
import { messages } from "@/lib/i18n/messages";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { PORTAL_HOME } from "@/lib/i18n/messages/portal-home";
import { REGIME_RIGHTS_WORDS } from "@/lib/i18n/messages/regime-rights";
import type { HomeModel } from "./home-model";

/** The residence question; why it matters is said once, in the time-limit section below (neutralTimeLimit). */
function ResidenceChooser({ m }: { m: HomeModel }) {
  const w = REGIME_RIGHTS_WORDS[m.locale];
  return (
    <form className="residence-chooser" method="get" action={`/${m.locale}`}>
      <label htmlFor="residence">{w.chooseLabel}</label>
      <div className="inline-row">
        <select id="residence" name="residence" defaultValue={m.defaultResidence}>
          {m.options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
        <button className="button secondary" type="submit">
          {w.chooseSubmit}
        </button>
      </div>
    </form>
  );
}

/** One right: its name is the link to its form (one tap), a one-sentence description, the law's citation once known. */
function RightItem({ right, children }: { right: HomeModel["rights"][number]; children?: React.ReactNode }) {
  return (
    <li id={right.id} className="right-item">
      <h2>
        <a href={right.href}>{right.title}</a>
      </h2>
      <p>{right.body}</p>
      {right.citation ? <p className="legal-name muted">{right.citation}</p> : null}
      {children}
    </li>
  );
}

/** The compact portal home: one list of the rights offered, each a tap from its form; the time limit below. */
export function HomeView({ m }: { m: HomeModel }) {
  const locale: Locale = m.locale;
  const t = messages(locale);
  const w = REGIME_RIGHTS_WORDS[locale];
  const o = optOutMessages(locale);
  return (
    <>
      <h1>{t.portal.title}</h1>
      <p className="lead">{PORTAL_HOME[locale].lead}</p>
      {m.gpc ? (
        <p className="notice" role="status" data-testid="gpc-banner">
          {m.gpc.text} <a href={m.gpc.href}>{o.homeCta}</a>
        </p>
      ) : null}
      {m.residence ? (
        <p className="rights-for" data-testid="rights-for" data-regime={m.residence.regime}>
          {m.residence.rightsFor} · <a href={`/${locale}`}>{w.change}</a>
        </p>
      ) : (
        <ResidenceChooser m={m} />
      )}
      <ul className="rights-list" aria-label={t.portal.title}>
        {m.rights.map((r) => (
          <RightItem key={r.id} right={r} />
        ))}
        {m.optOut ? (
          <RightItem right={m.optOut}>
            {m.optOut.agentHref ? (
              <p>
                <a href={m.optOut.agentHref}>{m.optOut.agentLabel}</a>
              </p>
            ) : null}
          </RightItem>
        ) : null}
      </ul>
      <section className="time-limit" aria-labelledby="time-limit" data-regime={m.residence?.regime}>
        <h2 id="time-limit">{t.portal.timeLimitLabel}</h2>
        {m.timeLimit.lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        {m.timeLimit.today ? <p data-testid="today-deadline">{m.timeLimit.today}</p> : null}
      </section>
    </>
  );
}
