import Link from "next/link";
import "../notifications/watch.css";
import { requireStaffPage } from "@/lib/http/staff-page";
import { loadDashboard } from "@/lib/reports/dashboard";
import { AutoRefresh } from "./auto-refresh";
import { OnTimeChart, VolumeChart } from "./charts";

export const metadata = { title: "Dashboard — privacy requests" };

const percent = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)} %`);

/** The managers' board: what is overdue, what falls due this week, who holds what. */
export default async function DashboardPage() {
  await requireStaffPage("dashboard.view");
  const d = await loadDashboard();
  const kpis = [
    { label: "Open", value: d.kpis.open, href: "/staff/requests" },
    { label: "Overdue", value: d.kpis.overdue, href: "/staff/requests?due=overdue", alarm: d.kpis.overdue > 0 },
    { label: "Due within 7 days", value: d.kpis.dueWithin7, href: "/staff/requests?due=week" },
    { label: "Unassigned", value: d.kpis.unassigned, href: "/staff/requests?assignee=unassigned" },
    {
      label: "Median days to close (90 d)",
      value: d.closed.medianDays === null ? "—" : d.closed.medianDays.toFixed(1),
    },
    { label: "On time (90 d)", value: percent(d.closed.onTimeRate) },
  ];
  return (
    <>
      <div className="dash-head">
        <h1>Dashboard</h1>
        <AutoRefresh seconds={60} generatedAt={d.generatedAt} />
      </div>
      <section className="kpis" aria-label="Key figures">
        {kpis.map((k) => (
          <div key={k.label} className={`kpi${k.alarm ? " kpi-alarm" : ""}`}>
            <div className="kpi-value" data-testid={`kpi-${k.label}`}>
              {k.href ? <Link href={k.href}>{k.value}</Link> : k.value}
            </div>
            <div className="kpi-label">{k.label}</div>
          </div>
        ))}
      </section>

      <section aria-labelledby="overdue-h">
        <h2 id="overdue-h">Overdue</h2>
        {d.overdue.length === 0 ? (
          <p className="empty">Nothing is overdue. Keep it that way.</p>
        ) : (
          <table className="list" data-testid="overdue-list">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Type</th>
                <th scope="col">Due</th>
                <th scope="col">Days overdue</th>
                <th scope="col">Assignee</th>
              </tr>
            </thead>
            <tbody>
              {d.overdue.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/staff/requests/${r.id}`}>{r.reference}</Link>
                  </td>
                  <td>{r.type}</td>
                  <td>{r.dueDate}</td>
                  <td className="overdue-days">{r.daysOverdue}</td>
                  <td>{r.assignee ?? <em>unassigned</em>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="workload-h">
        <h2 id="workload-h">Workload per assignee</h2>
        {d.workload.length === 0 ? (
          <p className="empty">No open requests.</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Assignee</th>
                <th scope="col">Open</th>
                <th scope="col">Overdue</th>
                <th scope="col">Due within 7 days</th>
              </tr>
            </thead>
            <tbody>
              {d.workload.map((w) => (
                <tr key={w.assigneeId ?? "none"}>
                  <td>{w.assignee ?? <em>unassigned</em>}</td>
                  <td>{w.open}</td>
                  <td>{w.overdue}</td>
                  <td>{w.dueWithin7}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="charts">
        <section aria-labelledby="volume-h" className="card">
          <h2 id="volume-h">Requests per month, by type</h2>
          <VolumeChart rows={d.volume} />
        </section>
        <section aria-labelledby="ontime-h" className="card">
          <h2 id="ontime-h">Answered on time, by month</h2>
          <OnTimeChart rows={d.onTime} />
        </section>
      </div>
    </>
  );
}
