import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { listEndpoints } from "@/lib/integrations/webhooks/endpoints";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import "../../components/integrations.css";
import { createEndpointAction, deleteEndpointAction, toggleEndpointAction } from "./actions";
import { EndpointFields } from "./endpoint-fields";
import { WebhookTable } from "./webhook-table";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("webhooks");

/**
 * Admin › Webhooks: register endpoints (the secret is shown once), see their state, disable or
 * re-enable, delete (after a confirmation); each endpoint's page edits it and shows its log.
 */
export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const me = await requireStaffPage("webhooks.manage");
  const t = staffMessages(me.locale).webhooks;
  const endpoints = await listEndpoints();
  const { deleted } = await searchParams;
  return (
    <>
      <h1>{t.title}</h1>
      {deleted === "1" ? (
        <p role="status" className="notice">
          {t.deleted}
        </p>
      ) : null}
      <p className="muted">{t.intro}</p>
      <p className="muted">{t.docs}</p>
      <section className="panel integrations-form" aria-labelledby="h-create">
        <h2 id="h-create">{t.create}</h2>
        <ActionForm
          action={createEndpointAction}
          submitLabel={t.submit}
          pendingLabel={t.adding}
          resetOnSuccess
          label={t.create}
        >
          <EndpointFields t={t} idPrefix="wh" />
        </ActionForm>
      </section>
      {endpoints.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <WebhookTable
          label={t.title}
          columns={[t.columns.endpoint, t.columns.events, t.columns.subject, t.columns.state, t.columns.actions]}
        >
          {endpoints.map((e) => (
            <tr key={e.id} data-url={e.url}>
              <td>
                <code className="wrap">{e.url}</code>
                {e.description ? <div className="muted">{e.description}</div> : null}
              </td>
              <td>{e.events.map((ev) => lookup(t.eventNames, ev)).join(", ")}</td>
              <td>{e.includeSubject ? t.yes : t.no}</td>
              <td>
                {e.enabled ? t.enabled : <strong>{t.disabled}</strong>}
                {e.consecutiveFailures > 0 ? (
                  <div className="muted">{fill(t.failures, { n: e.consecutiveFailures })}</div>
                ) : null}
                {!e.enabled && e.disabledReason ? (
                  <div className="muted">{fill(t.disabledBecause, { reason: e.disabledReason })}</div>
                ) : null}
              </td>
              <td>
                <div className="integrations-actions">
                  <StaffLink href={`/staff/admin/webhooks/${e.id}`}>
                    {t.edit} · {t.open}
                  </StaffLink>
                  <ActionForm
                    action={toggleEndpointAction}
                    submitLabel={e.enabled ? t.disable : t.enable}
                    // Each row's forms are landmarks: named after their endpoint (two may share a URL), so that the names are unique (axe).
                    label={`${e.enabled ? t.disable : t.enable} — ${e.url} (${e.id.slice(0, 8)})`}
                    className="inline-form"
                    danger={e.enabled}
                    confirm={e.enabled ? t.disableConfirm : undefined}
                    successMessage={t.saved}
                  >
                    <input type="hidden" name="endpointId" value={e.id} />
                    <input type="hidden" name="enabled" value={e.enabled ? "false" : "true"} />
                  </ActionForm>
                  <ActionForm
                    action={deleteEndpointAction}
                    submitLabel={t.delete}
                    label={`${t.delete} — ${e.url} (${e.id.slice(0, 8)})`}
                    className="inline-form"
                    danger
                    confirm={t.deleteConfirm}
                    successMessage={t.deleted}
                  >
                    <input type="hidden" name="endpointId" value={e.id} />
                  </ActionForm>
                </div>
              </td>
            </tr>
          ))}
        </WebhookTable>
      )}
    </>
  );
}
