import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import "../notifications/watch.css";
import "./reports.css";
import { formatStaffDate } from "../components/staff-display";
import { ccpaMetrics, registerPage } from "@/lib/db/queries/reports";
import { localDateOf } from "@/lib/domain/deadline";
import { controllerProfile } from "@/lib/env";
import { countAppeals } from "@/lib/db/queries/appeals";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { reportRangeSchema, resolveRange } from "@/lib/reports/report-range";
import { staffTitle } from "@/lib/http/staff-title";
import { NativeInputEcho } from "../components/native-input-echo";
import { echoId } from "../components/echo-id";

export const generateMetadata = staffTitle("reports");

/** Days with one decimal as the reader writes numbers (20.5, 20,5); the CSV keeps the dot for spreadsheets. */
const days = (v: number | null, locale: string) =>
  v === null
    ? "—"
    : new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(v);

/** CCPA §7102 yearly metrics and the register of requests (Art. 5(2), CCPA §7101), on screen and as CSV. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const staff = await requireStaffPage("reports.view");
  // The refusal's own words may name the person's situation: shown to roles that see subject data, not to
  // managers, who read the register for its counts and grounds (QA F12).
  const showsRefusalText = can(staff, "request.view_subject");
  const all = staffMessages(staff.locale);
  const t = all.reports;
  // Dates are the controller's calendar days, labelled with its zone.
  const zone = controllerProfile().timeZone;
  const parsed = reportRangeSchema.safeParse(await searchParams);
  const range = resolveRange(parsed.success ? parsed.data : {}, new Date(), zone);
  const [metrics, register, appeals] = await Promise.all([
    ccpaMetrics(db(), { from: range.yearFrom, to: range.yearTo }),
    registerPage(db(), { from: range.fromDate, to: range.toDate, limit: 200 }),
    countAppeals(db(), { from: range.yearFrom, to: range.yearTo }),
  ]);
  const totals = metrics.reduce(
    (a, r) => ({
      received: a.received + r.received,
      complied: a.complied + r.compliedWholeOrPart,
      denied: a.denied + r.denied,
    }),
    { received: 0, complied: 0, denied: 0 },
  );
  return (
    <>
      <h1>{t.title}</h1>
      {!parsed.success ? (
        <p className="alert" role="alert">
          {t.invalidFilters}
        </p>
      ) : null}
      {/* Each table scrolls in its box on a phone instead of widening the page. */}
      <section>
        <h2 id="metrics-h">{t.metrics}</h2>
        <form method="get" className="inline-form">
          <label htmlFor="year">{t.year}</label>{" "}
          <input id="year" name="year" type="number" min={2000} max={2100} defaultValue={range.year} />{" "}
          <button className="button" type="submit">
            {t.show}
          </button>{" "}
          <a href={`/staff/reports/metrics.csv?year=${range.year}`}>{t.downloadCsv}</a>
        </form>
        {metrics.length === 0 ? (
          <p className="empty">{fill(t.noneInYear, { year: range.year })}</p>
        ) : (
          // A phone scrolls the table on its own; focusable so the keyboard can scroll it too (axe). The region, not
          // its section, is named after the heading (two landmarks of one name fail axe's landmark-unique).
          <div
            className="report-scroll"
            style={{ overflowX: "auto", maxWidth: "100%" }}
            role="region"
            aria-labelledby="metrics-h"
            tabIndex={0}
          >
            <table className="list" data-testid="metrics">
              <thead>
                <tr>
                  <th scope="col">{t.columns.type}</th>
                  <th scope="col">{t.columns.received}</th>
                  <th scope="col">{t.columns.complied}</th>
                  <th scope="col">{t.columns.denied}</th>
                  <th scope="col">{t.columns.median}</th>
                  <th scope="col">{t.columns.mean}</th>
                </tr>
              </thead>
              <tbody>
                {metrics.map((r) => (
                  <tr key={r.type}>
                    <td>{lookup(all.types, r.type)}</td>
                    <td>{r.received}</td>
                    <td>{r.compliedWholeOrPart}</td>
                    <td>{r.denied}</td>
                    <td>{days(r.medianDays, staff.locale ?? "en")}</td>
                    <td>{days(r.meanDays, staff.locale ?? "en")}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t.all}</th>
                  <td>{totals.received}</td>
                  <td>{totals.complied}</td>
                  <td>{totals.denied}</td>
                  <td colSpan={2}></td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="appeals-h" data-testid="appeal-metrics">
        <h2 id="appeals-h">{fill(t.appeals, { year: range.year })}</h2>
        <p>
          {fill(t.appealCounts, {
            received: appeals.received,
            granted: appeals.granted,
            denied: appeals.denied,
            open: appeals.open,
          })}
        </p>
      </section>
      <section>
        <h2 id="register-h">{t.register}</h2>
        <form method="get" className="inline-form">
          <label htmlFor="from">{t.from}</label>{" "}
          <input id="from" name="from" type="date" defaultValue={range.from} aria-describedby={echoId("from")} />{" "}
          <NativeInputEcho inputId="from" kind="date" initial={range.from} /> <label htmlFor="to">{t.to}</label>{" "}
          <input id="to" name="to" type="date" defaultValue={range.to} aria-describedby={echoId("to")} />{" "}
          <NativeInputEcho inputId="to" kind="date" initial={range.to} />{" "}
          <button className="button" type="submit">
            {t.show}
          </button>{" "}
          <a href={`/staff/reports/register.csv?from=${range.from}&to=${range.to}`}>{t.downloadAll}</a>
        </form>
        {register.length === 0 ? (
          <p className="empty">{t.noneInPeriod}</p>
        ) : (
          <>
            <div
              className="report-scroll"
              style={{ overflowX: "auto", maxWidth: "100%" }}
              role="region"
              aria-labelledby="register-h"
              tabIndex={0}
            >
              <table className="list" data-testid="register">
                <thead>
                  <tr>
                    <th scope="col">{t.registerColumns.reference}</th>
                    <th scope="col">{fill(t.registerColumns.requestDate, { zone })}</th>
                    <th scope="col">{t.registerColumns.type}</th>
                    <th scope="col">{t.registerColumns.channel}</th>
                    <th scope="col">{fill(t.registerColumns.responseDate, { zone })}</th>
                    <th scope="col">{t.registerColumns.outcome}</th>
                    <th scope="col">{t.registerColumns.refusal}</th>
                  </tr>
                </thead>
                <tbody>
                  {register.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <span className="ref">{r.reference}</span>
                      </td>
                      <td>{formatStaffDate(localDateOf(r.receivedAt, zone), staff.locale)}</td>
                      <td>{lookup(all.types, r.type)}</td>
                      <td>{lookup(all.channels, r.channel)}</td>
                      <td>{r.closedAt ? formatStaffDate(localDateOf(r.closedAt, zone), staff.locale) : "—"}</td>
                      <td>
                        {/* A refusal's outcome is named as its status is ("refused" was shown untranslated). */}
                        {lookup(all.status, outcomeKey(r), outcomeKey(r).replace(/_/g, " ")).toLowerCase()}
                      </td>
                      <td>
                        {r.refusalReasonCode
                          ? `${lookup(all.actions.refusalReasons, r.refusalReasonCode)}${showsRefusalText && r.refusalReasonText ? `${staff.locale === "fr" ? "\u00a0: " : ": "}${r.refusalReasonText}` : ""}`
                          : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {register.length === 200 ? <p className="muted">{t.first200}</p> : null}
          </>
        )}
      </section>
    </>
  );
}

/** The status word that names a register row's outcome: a refusal (outcome "refused") is the status "rejected". */
const outcomeKey = (r: { outcome: string | null; status: string }): string =>
  r.outcome === "refused" ? "rejected" : (r.outcome ?? r.status);
