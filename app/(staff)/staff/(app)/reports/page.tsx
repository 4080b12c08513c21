import { db } from "@/lib/db/client";
import "../notifications/watch.css";
import { ccpaMetrics, registerPage } from "@/lib/db/queries/reports";
import { requireStaffPage } from "@/lib/http/staff-page";
import { countAppeals } from "@/lib/db/queries/appeals";
import { reportRangeSchema, resolveRange } from "@/lib/reports/report-range";

export const metadata = { title: "Reports — privacy requests" };

const days = (v: number | null) => (v === null ? "—" : v.toFixed(1));

/** CCPA §7102 yearly metrics and the register of requests (Art. 5(2), CCPA §7101), on screen and as CSV. */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaffPage("reports.view");
  const parsed = reportRangeSchema.safeParse(await searchParams);
  const range = resolveRange(parsed.success ? parsed.data : {});
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
      <h1>Reports</h1>
      {!parsed.success ? (
        <p className="alert" role="alert">
          Some filters were invalid and were ignored.
        </p>
      ) : null}
      <section aria-labelledby="metrics-h">
        <h2 id="metrics-h">Yearly metrics (CCPA §7102)</h2>
        <form method="get" className="inline-form">
          <label htmlFor="year">Year</label>{" "}
          <input id="year" name="year" type="number" min={2000} max={2100} defaultValue={range.year} />{" "}
          <button className="button" type="submit">
            Show
          </button>{" "}
          <a href={`/staff/reports/metrics.csv?year=${range.year}`}>Download CSV</a>
        </form>
        {metrics.length === 0 ? (
          <p className="empty">No request was received in {range.year}.</p>
        ) : (
          <table className="list" data-testid="metrics">
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Received</th>
                <th scope="col">Complied with (whole or part)</th>
                <th scope="col">Denied</th>
                <th scope="col">Median days to respond</th>
                <th scope="col">Mean days to respond</th>
              </tr>
            </thead>
            <tbody>
              {metrics.map((r) => (
                <tr key={r.type}>
                  <td>{r.type}</td>
                  <td>{r.received}</td>
                  <td>{r.compliedWholeOrPart}</td>
                  <td>{r.denied}</td>
                  <td>{days(r.medianDays)}</td>
                  <td>{days(r.meanDays)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">All</th>
                <td>{totals.received}</td>
                <td>{totals.complied}</td>
                <td>{totals.denied}</td>
                <td colSpan={2}></td>
              </tr>
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="appeals-h" data-testid="appeal-metrics">
        <h2 id="appeals-h">Appeals of refusals (US state laws), {range.year}</h2>
        <p>
          Received: <strong>{appeals.received}</strong> · granted: <strong>{appeals.granted}</strong> · denied:{" "}
          <strong>{appeals.denied}</strong> · waiting for a decision: <strong>{appeals.open}</strong>
        </p>
      </section>
      <section aria-labelledby="register-h">
        <h2 id="register-h">Register of requests</h2>
        <form method="get" className="inline-form">
          <label htmlFor="from">From</label> <input id="from" name="from" type="date" defaultValue={range.from} />{" "}
          <label htmlFor="to">to</label> <input id="to" name="to" type="date" defaultValue={range.to} />{" "}
          <button className="button" type="submit">
            Show
          </button>{" "}
          <a href={`/staff/reports/register.csv?from=${range.from}&to=${range.to}`}>Download CSV (all rows)</a>
        </form>
        {register.length === 0 ? (
          <p className="empty">No request received in this period.</p>
        ) : (
          <>
            <table className="list" data-testid="register">
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Request date</th>
                  <th scope="col">Type</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Response date</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Basis of refusal</th>
                </tr>
              </thead>
              <tbody>
                {register.map((r) => (
                  <tr key={r.id}>
                    <td>{r.reference}</td>
                    <td>{r.receivedAt.toISOString().slice(0, 10)}</td>
                    <td>{r.type}</td>
                    <td>{r.channel}</td>
                    <td>{r.closedAt ? r.closedAt.toISOString().slice(0, 10) : "—"}</td>
                    <td>{(r.outcome ?? r.status).replace(/_/g, " ")}</td>
                    <td>{r.refusalReasonCode ? `${r.refusalReasonCode}: ${r.refusalReasonText ?? ""}` : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {register.length === 200 ? (
              <p className="muted">The first 200 rows are shown; the CSV holds them all.</p>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
