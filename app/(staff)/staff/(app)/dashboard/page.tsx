import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import "../notifications/watch.css";
import { requireStaffPage } from "@/lib/http/staff-page";
import { loadDashboard } from "@/lib/reports/dashboard";
import { staffMessages } from "@/lib/i18n/staff";
import { controllerProfile } from "@/lib/env";
import { formatStaffDate } from "../components/staff-display";
import { AutoRefresh } from "./auto-refresh";
import { OnTimeChart, VolumeChart } from "./charts";
import { staffTitle } from "@/lib/http/staff-title";
import { fill } from "@/lib/i18n/fill";

export const generateMetadata = staffTitle("dashboard");

const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)} %`);
const decimal = (v: number, locale: string) => (locale === "fr" ? v.toFixed(1).replace(".", ",") : v.toFixed(1));

/** The managers' board: what is overdue, what falls due this week, who holds what. */
export default async function DashboardPage() {
  const staff = await requireStaffPage("dashboard.view");
  const locale = staff.locale ?? "en";
  const all = staffMessages(locale);
  const t = all.dashboard;
  const d = await loadDashboard();
  // `id` keeps the test ids in English whatever the language of the labels.
  const kpis = [
    { id: "Open", label: t.kpis.open, value: d.kpis.open, href: "/staff/requests" },
    {
      id: "Overdue",
      label: t.kpis.overdue,
      value: d.kpis.overdue,
      href: "/staff/requests?due=overdue",
      alarm: d.kpis.overdue > 0,
    },
    { id: "Due within 7 days", label: t.kpis.dueWithin7, value: d.kpis.dueWithin7, href: "/staff/requests?due=week" },
    {
      id: "Unassigned",
      label: t.kpis.unassigned,
      value: d.kpis.unassigned,
      href: "/staff/requests?assignee=unassigned",
    },
    {
      id: "Median days to close (90 d)",
      label: t.kpis.medianDays,
      value: d.closed.medianDays === null ? "—" : decimal(d.closed.medianDays, locale),
    },
    { id: "On time (90 d)", label: t.kpis.onTime, value: percent(d.closed.onTimeRate) },
  ];
  return (
    <>
      <div className="dash-head">
        <h1>{t.title}</h1>
        <AutoRefresh
          seconds={60}
          generatedAt={d.generatedAt}
          locale={locale}
          template={t.updated}
          timeZone={controllerProfile().timeZone}
        />
      </div>
      <section className="kpis" aria-label={t.keyFigures}>
        {kpis.map((k) => (
          <div key={k.id} className={`kpi${k.alarm ? " kpi-alarm" : ""}`}>
            <div className="kpi-value" data-testid={`kpi-${k.id}`}>
              {k.href ? <StaffLink href={k.href}>{k.value}</StaffLink> : k.value}
            </div>
            <div className="kpi-label">{k.label}</div>
          </div>
        ))}
      </section>

      <section aria-labelledby="overdue-h">
        <h2 id="overdue-h">{t.overdueTitle}</h2>
        {d.overdue.length === 0 ? (
          <p className="empty">{t.nothingOverdue}</p>
        ) : (
          <div className="dash-scroll" role="group" tabIndex={0} aria-labelledby="overdue-h">
            <table className="list dash-table" data-testid="overdue-list">
              <thead>
                <tr>
                  <th scope="col">{t.columns.reference}</th>
                  <th scope="col">{t.columns.type}</th>
                  <th scope="col">{t.columns.due}</th>
                  <th scope="col">{t.columns.daysOverdue}</th>
                  <th scope="col">{t.columns.assignee}</th>
                </tr>
              </thead>
              <tbody>
                {d.overdue.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <StaffLink href={`/staff/requests/${r.id}`}>{r.reference}</StaffLink>
                    </td>
                    <td>{all.types[r.type as keyof typeof all.types] ?? r.type}</td>
                    <td>{formatStaffDate(r.dueDate, locale)}</td>
                    <td className="overdue-days">{r.daysOverdue}</td>
                    <td>{r.assignee ?? <em>{t.unassigned}</em>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="workload-h">
        <h2 id="workload-h">{t.workload}</h2>
        {d.workload.length === 0 ? (
          <p className="empty">{t.noOpen}</p>
        ) : (
          <div className="dash-scroll" role="group" tabIndex={0} aria-labelledby="workload-h">
            <table className="list dash-table">
              <thead>
                <tr>
                  <th scope="col">{t.columns.assignee}</th>
                  <th scope="col">{t.columns.open}</th>
                  <th scope="col">{t.columns.overdue}</th>
                  <th scope="col">{t.columns.dueWithin7}</th>
                </tr>
              </thead>
              <tbody>
                {d.workload.map((w) => (
                  <tr key={w.assigneeId ?? "none"}>
                    <td>{w.assignee ?? <em>{t.unassigned}</em>}</td>
                    <td>{w.open}</td>
                    <td>{w.overdue}</td>
                    <td>{w.dueWithin7}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="charts">
        <section aria-labelledby="volume-h" className="card">
          <h2 id="volume-h">{t.volume}</h2>
          <p className="muted" data-testid="volume-zone">
            {fill(t.monthsZone, { zone: d.monthsTimeZone })}
          </p>
          <VolumeChart rows={d.volume} empty={t.noVolume} typeNames={all.types} />
        </section>
        <section aria-labelledby="ontime-h" className="card">
          <h2 id="ontime-h">{t.onTimeTitle}</h2>
          <p className="muted" data-testid="ontime-zone">
            {fill(t.monthsZone, { zone: d.monthsTimeZone })}
          </p>
          <OnTimeChart rows={d.onTime} empty={t.noClosed} series={t.onTimeSeries} />
        </section>
      </div>
    </>
  );
}
