import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { db } from "@/lib/db/client";
import { listApiKeys } from "@/lib/db/queries/api-keys";
import { controllerProfile, env } from "@/lib/env";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { RegisterTable } from "../../components/register-table";
import { formatStaffInstant } from "../../components/staff-display";
import { revokeKeyAction } from "./actions";
import { CreateKeyForm } from "./create-key-form";
import "./api-keys.css";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("apiKeys");

/** Admins create and revoke the REST API's keys (the secret is shown once, stored hashed). */
export default async function ApiKeysPage() {
  const staff = await requireStaffPage("api_keys.manage");
  const t = staffMessages(staff.locale).apiKeys;
  const zone = controllerProfile().timeZone;
  const at = (d: Date) => formatStaffInstant(d, staff.locale, zone);
  const keys = await listApiKeys(db());
  const [before, after] = t.intro.split("{docs}");
  return (
    <>
      <h1>{t.title}</h1>
      <p>
        {before}
        <StaffLink href="/api/docs">{t.docsLink}</StaffLink>
        {after}
      </p>
      <section className="panel" aria-labelledby="h-create-key">
        <h2 id="h-create-key">{t.createTitle}</h2>
        <CreateKeyForm defaultLimit={env().API_RATE_LIMIT_PER_MINUTE} />
      </section>
      <RegisterTable title={t.listTitle} none={t.none} columns={t.columns} empty={keys.length === 0}>
        {keys.map((k) => {
          const expired = k.expired;
          return (
            <tr key={k.id} data-key-name={k.name}>
              <td data-label={t.columns.name}>{k.name}</td>
              <td data-label={t.columns.key}>
                <code>{k.prefix}…</code>
              </td>
              <td data-label={t.columns.scopes}>
                {k.scopes.map((s) => (
                  <code key={s} className="scope">
                    {s}
                  </code>
                ))}
              </td>
              <td data-label={t.columns.created}>
                {at(k.createdAt)}
                {k.createdByName ? (
                  <span className="muted"> {fill(t.createdBy, { name: k.createdByName })}</span>
                ) : null}
              </td>
              <td data-label={t.columns.expires}>
                {k.expiresAt ? at(k.expiresAt) : <span className="muted">{t.noExpiry}</span>}
              </td>
              <td data-label={t.columns.lastUsed}>
                {k.lastUsedAt ? at(k.lastUsedAt) : <span className="muted">{t.never}</span>}
              </td>
              <td data-label={t.columns.status}>
                {k.revokedAt ? (
                  <strong>{fill(t.revoked, { at: at(k.revokedAt) })}</strong>
                ) : expired ? (
                  <strong>{t.expired}</strong>
                ) : (
                  t.active
                )}
              </td>
              <td data-label={t.columns.actions}>
                {k.revokedAt ? null : (
                  <ActionForm
                    action={revokeKeyAction}
                    submitLabel={t.revoke}
                    // Each row's form is a landmark: named after its key, so that the names are unique (axe).
                    label={`${t.revoke} — ${k.name} (${k.id.slice(0, 8)})`}
                    className="inline-form"
                    danger
                    successMessage={t.revokedDone}
                    confirm={fill(t.revokeConfirm, { name: k.name })}
                  >
                    <input type="hidden" name="keyId" value={k.id} />
                  </ActionForm>
                )}
              </td>
            </tr>
          );
        })}
      </RegisterTable>
      <p className="muted">{t.lastUsedNote}</p>
    </>
  );
}
