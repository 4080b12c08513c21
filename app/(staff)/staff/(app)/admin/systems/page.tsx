import Link from "next/link";
import { requireStaffPage } from "@/lib/http/staff-page";
import { listSystems } from "@/lib/systems/list-systems";
import { setSystemEnabledAction, testConnectionAction } from "./actions";
import { QuietActionForm } from "./quiet-action-form";
import { Capabilities, EnabledBadge, LastTest } from "./system-bits";
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
        Requests are fulfilled against the enabled systems; the access report quotes each enabled system&apos;s register facts (purposes, data categories, recipients, retention, source).
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
                  <div className="system-actions">
                    <Link className="button secondary" href={`/staff/admin/systems/${s.id}`}>
                      Edit register
                    </Link>
                    <QuietActionForm action={testConnectionAction} submitLabel="Test connection" pendingLabel="Testing…" className="inline-form" label={`Test the connection to ${s.name}`}>
                      <input type="hidden" name="systemId" value={s.id} />
                    </QuietActionForm>
                    <QuietActionForm
                      action={setSystemEnabledAction}
                      submitLabel={s.enabled ? "Disable" : "Enable"}
                      className="inline-form"
                      danger={s.enabled}
                      label={`${s.enabled ? "Disable" : "Enable"} ${s.name}`}
                      confirm={
                        s.enabled
                          ? `Disable ${s.name}? New fulfilment steps skip it and the access report stops quoting its register facts.`
                          : `Enable ${s.name}? Requests will be fulfilled against it and the access report will quote its register facts.`
                      }
                    >
                      <input type="hidden" name="systemId" value={s.id} />
                      <input type="hidden" name="enabled" value={s.enabled ? "false" : "true"} />
                    </QuietActionForm>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
