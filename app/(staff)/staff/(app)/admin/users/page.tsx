import { totpRequiredFor } from "@/lib/auth/totp";
import { db } from "@/lib/db/client";
import { listStaffUsers } from "@/lib/db/queries/staff-users";
import { STAFF_ROLES } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { ActionForm } from "../../components/action-form";
import { changeUserAction, inviteAction, resetPasswordAction } from "./actions";

export const metadata = { title: "Users — privacy requests" };

export default async function UsersPage() {
  const me = await requireStaffPage("users.manage");
  const users = await listStaffUsers(db());
  return (
    <>
      <h1>Staff users</h1>
      <section className="panel" aria-labelledby="h-invite">
        <h2 id="h-invite">Create an account</h2>
        <ActionForm
          action={inviteAction}
          submitLabel="Create account"
          pendingLabel="Creating…"
          className="toolbar"
          resetOnSuccess
          label="Create an account"
        >
          <div className="field">
            <label htmlFor="invite-name">Name</label>
            <input id="invite-name" name="name" type="text" required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="invite-email">Work e-mail</label>
            <input id="invite-email" name="email" type="email" required maxLength={254} />
          </div>
          <div className="field">
            <label htmlFor="invite-role">Role</label>
            <select id="invite-role" name="role" defaultValue="agent">
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      </section>
      <table className="queue" aria-label="Staff users">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">2FA</th>
            <th scope="col">Actions</th>
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
                  submitLabel="Change role"
                  className="inline-form"
                  label={`Change role of ${u.name}`}
                >
                  <input type="hidden" name="userId" value={u.id} />
                  <input type="hidden" name="kind" value="role" />
                  <label className="sr-only" htmlFor={`role-${u.id}`}>
                    Role of {u.name}
                  </label>
                  <select id={`role-${u.id}`} name="role" defaultValue={u.role} disabled={u.id === me.id}>
                    {STAFF_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </ActionForm>
              </td>
              <td>
                {u.active ? "active" : <strong>deactivated</strong>}
                {u.active && u.mustChangePassword ? <span className="muted"> · must change password</span> : null}
              </td>
              <td>{u.totpEnabledAt ? "enrolled" : totpRequiredFor(u.role) ? "required, not enrolled" : "off"}</td>
              <td>
                {u.id === me.id ? (
                  <span className="muted">you</span>
                ) : (
                  <>
                    <ActionForm
                      action={changeUserAction}
                      submitLabel={u.active ? "Deactivate" : "Reactivate"}
                      className="inline-form"
                      danger={u.active}
                      confirm={u.active ? `Deactivate ${u.name}? Their sessions end at once.` : undefined}
                    >
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="kind" value={u.active ? "deactivate" : "activate"} />
                    </ActionForm>
                    {u.active ? (
                      <ActionForm
                        action={resetPasswordAction}
                        submitLabel="Reset password"
                        className="inline-form"
                        confirm={`Reset ${u.name}'s password? Their password stops working, their sessions end, and a one-time link is mailed to them.`}
                      >
                        <input type="hidden" name="userId" value={u.id} />
                      </ActionForm>
                    ) : null}
                    {u.totpEnabledAt ? (
                      <ActionForm
                        action={changeUserAction}
                        submitLabel="Reset 2FA"
                        className="inline-form"
                        confirm={`Reset ${u.name}'s two-factor authentication? They enrol again at next sign-in.`}
                      >
                        <input type="hidden" name="userId" value={u.id} />
                        <input type="hidden" name="kind" value="reset_totp" />
                      </ActionForm>
                    ) : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
