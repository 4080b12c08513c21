import { totpRequiredFor } from "@/lib/auth/totp";
import { db } from "@/lib/db/client";
import { isStaffCursor, listStaffPage, STAFF_PAGE_SIZE, STAFF_SEARCH_MAX } from "@/lib/db/queries/staff-directory";
import { STAFF_ROLES } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { changeUserAction, inviteAction, resetPasswordAction } from "./actions";
import { staffTitle } from "@/lib/http/staff-title";
import { StaffLink } from "../../components/staff-link";
import { UsersSearch } from "./users-search";

export const generateMetadata = staffTitle("users");

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** Staff accounts, newest first, 50 a page, searchable by name or e-mail (`?q=`, keyset `?after=`). */
export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requireStaffPage("users.manage");
  const sp = await searchParams;
  const rawQ = one(sp.q)?.trim() ?? "";
  const tooLong = rawQ.length > STAFF_SEARCH_MAX;
  const q = tooLong ? "" : rawQ;
  const rawAfter = one(sp.after);
  const after = rawAfter && isStaffCursor(rawAfter) ? rawAfter : null;
  const { rows: users, next, total } = await listStaffPage(db(), { q, after });
  const all = staffMessages(me.locale);
  const t = all.users;
  /** This list (the same search) from its first page, or from the page after `from`. */
  const listHref = (from?: string) => {
    const query = new URLSearchParams({ ...(q ? { q } : {}), ...(from ? { after: from } : {}) }).toString();
    return `/staff/admin/users${query ? `?${query}` : ""}`;
  };
  return (
    <>
      <h1>{t.title}</h1>
      <section className="panel" aria-labelledby="h-invite">
        <h2 id="h-invite">{t.create}</h2>
        <ActionForm
          action={inviteAction}
          submitLabel={t.createSubmit}
          pendingLabel={t.creating}
          className="toolbar"
          resetOnSuccess
          label={t.create}
        >
          <div className="field">
            <label htmlFor="invite-name">{t.name}</label>
            <input id="invite-name" name="name" type="text" required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="invite-email">{t.email}</label>
            <input id="invite-email" name="email" type="email" required maxLength={254} />
          </div>
          <div className="field">
            <label htmlFor="invite-role">{t.role}</label>
            <select id="invite-role" name="role" defaultValue="agent">
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {all.chrome.roles[r]}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      </section>
      <UsersSearch q={q} tooLong={tooLong} total={total} t={t} />
      {/* The table scrolls inside its box on a phone instead of widening the page (relative: its visually
          hidden labels are positioned inside the box, not beyond the page's right edge). */}
      {users.length === 0 ? null : (
        <div style={{ overflowX: "auto", maxWidth: "100%", position: "relative" }}>
          <table className="queue" aria-label={t.tableLabel}>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.email}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.totp}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} data-email={u.email}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    <ActionForm
                      action={changeUserAction}
                      submitLabel={t.changeRole}
                      className="inline-form"
                      label={`${fill(t.changeRoleOf, { name: u.name })} (${u.email})`}
                    >
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="kind" value="role" />
                      <label className="sr-only" htmlFor={`role-${u.id}`}>
                        {fill(t.roleOf, { name: u.name })}
                      </label>
                      <select id={`role-${u.id}`} name="role" defaultValue={u.role} disabled={u.id === me.id}>
                        {STAFF_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {all.chrome.roles[r]}
                          </option>
                        ))}
                      </select>
                    </ActionForm>
                  </td>
                  <td>
                    {u.active ? t.active : <strong>{t.deactivated}</strong>}
                    {u.active && u.mustChangePassword ? <span className="muted">{t.mustChange}</span> : null}
                  </td>
                  <td>{u.totpEnabledAt ? t.totpEnrolled : totpRequiredFor(u.role) ? t.totpRequired : t.totpOff}</td>
                  <td>
                    {u.id === me.id ? (
                      <span className="muted">{t.you}</span>
                    ) : (
                      // The row's buttons wrap onto a second line rather than run out of the table (three for a DPO).
                      <div style={{ display: "flex", flexWrap: "wrap", gap: "0.35rem", minWidth: "14rem" }}>
                        <ActionForm
                          action={changeUserAction}
                          submitLabel={u.active ? t.deactivate : t.reactivate}
                          // Each row's form is a landmark: named after its member, so that the names are unique (axe).
                          label={`${u.active ? t.deactivate : t.reactivate} — ${u.email}`}
                          className="inline-form"
                          danger={u.active}
                          confirm={u.active ? fill(t.deactivateConfirm, { name: u.name }) : undefined}
                        >
                          <input type="hidden" name="userId" value={u.id} />
                          <input type="hidden" name="kind" value={u.active ? "deactivate" : "activate"} />
                        </ActionForm>
                        {u.active ? (
                          <ActionForm
                            action={resetPasswordAction}
                            submitLabel={t.resetPassword}
                            label={`${t.resetPassword} — ${u.email}`}
                            className="inline-form"
                            confirm={fill(t.resetPasswordConfirm, { name: u.name })}
                          >
                            <input type="hidden" name="userId" value={u.id} />
                          </ActionForm>
                        ) : null}
                        {u.totpEnabledAt ? (
                          <ActionForm
                            action={changeUserAction}
                            submitLabel={t.resetTotp}
                            label={`${t.resetTotp} — ${u.email}`}
                            className="inline-form"
                            confirm={fill(t.resetTotpConfirm, { name: u.name })}
                          >
                            <input type="hidden" name="userId" value={u.id} />
                            <input type="hidden" name="kind" value="reset_totp" />
                          </ActionForm>
                        ) : null}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next || after ? (
        <nav className="toolbar" aria-label={t.pages}>
          {after ? <StaffLink href={listHref()}>{t.firstPage}</StaffLink> : null}
          {next ? (
            <StaffLink href={listHref(next)} rel="next">
              {fill(t.nextPage, { size: STAFF_PAGE_SIZE })}
            </StaffLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
