import Link from "next/link";
import { requireStaffPage } from "@/lib/http/staff-page";
import { listSystems } from "@/lib/systems/list-systems";
import { Capabilities, EnabledBadge, LastTest, SystemActions } from "./system-bits";
import "./systems.css";

export const metadata = { title: "Systems — privacy requests" };

/** The systems requests are fulfilled against, with their connector's state and the register facts' editor. */
export default async function SystemsPage() {
  await requireStaffPage("systems.manage");
  const systems = await listSystems();
  return (
    <>
      <h1>Systems</h1>
      <p className="muted">
        Requests are fulfilled against the enabled systems; the access report quotes each enabled system&apos;s register
        facts (purposes, data categories, recipients, retention, source).
      </p>
      {systems.length === 0 ? (
        <p>No system is registered yet.</p>
      ) : (
        <table className="queue systems" aria-label="Systems">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Capabilities</th>
              <th scope="col">Last connection test</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {systems.map((s) => (
              <tr key={s.id} data-key={s.key}>
                <td>
                  <Link href={`/staff/admin/systems/${s.id}`}>{s.name}</Link>
                </td>
                <td className="nowrap">
                  <code>{s.key}</code>
                </td>
                <td>{s.kind}</td>
                <td className="nowrap">
                  <EnabledBadge enabled={s.enabled} />
                </td>
                <td>
                  <Capabilities system={s} />
                </td>
                <td>
                  <LastTest system={s} />
                </td>
                <td>
                  <SystemActions system={s}>
                    <Link className="button secondary" href={`/staff/admin/systems/${s.id}`}>
                      Edit register
                    </Link>
                  </SystemActions>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
