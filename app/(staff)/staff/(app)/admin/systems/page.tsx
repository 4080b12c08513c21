import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { requireStaffPage } from "@/lib/http/staff-page";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { listSystems } from "@/lib/systems/list-systems";
import { Capabilities, EnabledBadge, LastTest, SystemActions } from "./system-bits";
import "./systems.css";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("systems");

/** The systems requests are fulfilled against, with their connector's state and the register facts' editor. */
export default async function SystemsPage() {
  const staff = await requireStaffPage("systems.manage");
  const systems = await listSystems();
  const t = staffMessages(staff.locale).systemsAdmin;
  const kinds = staffMessages(staff.locale).systemKinds;
  // Two systems may bear one name: their forms' labels add the key, or a screen reader hears two "Enable X".
  const nameCount = new Map<string, number>();
  for (const s of systems) nameCount.set(s.name, (nameCount.get(s.name) ?? 0) + 1);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {systems.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        // A phone scrolls the table on its own rather than the whole page sideways.
        <div className="systems-scroll">
          <table className="queue systems" aria-label={t.tableLabel}>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.key}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.capabilities}</th>
                <th scope="col">{t.columns.lastTest}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {systems.map((s) => (
                <tr key={s.id} data-key={s.key}>
                  <td className="system-name">
                    <StaffLink href={`/staff/admin/systems/${s.id}`}>{s.name}</StaffLink>
                  </td>
                  <td className="nowrap">
                    <code>{s.key}</code>
                  </td>
                  <td>{lookup(kinds, s.kind)}</td>
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
                    <SystemActions
                      system={s}
                      labelName={(nameCount.get(s.name) ?? 0) > 1 ? `${s.name} (${s.key})` : s.name}
                    >
                      <StaffLink className="button secondary" href={`/staff/admin/systems/${s.id}`}>
                        {t.editRegister}
                      </StaffLink>
                    </SystemActions>
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
