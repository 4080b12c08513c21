import Link from "next/link";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhook-events";
import { listEndpoints } from "@/lib/integrations/webhooks/endpoints";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import "../../components/integrations.css";
import { createEndpointAction, toggleEndpointAction } from "./actions";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("webhooks");

/** Admin › Webhooks: register endpoints (the secret is shown once), see their state, disable or re-enable. */
export default async function WebhooksPage() {
  const me = await requireStaffPage("webhooks.manage");
  const t = staffMessages(me.locale).webhooks;
  const endpoints = await listEndpoints();
  return (
    <>
      <h1>{t.title}</h1>
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
          <div className="field">
            <label htmlFor="wh-url">{t.url}</label>
            <input id="wh-url" name="url" type="url" required maxLength={2000} placeholder="https://" />
          </div>
          <div className="field">
            <label htmlFor="wh-description">{t.description}</label>
            <input id="wh-description" name="description" type="text" maxLength={200} />
          </div>
          <fieldset>
            <legend>{t.events}</legend>
            {WEBHOOK_EVENTS.map((e) => (
              <label key={e} className="check">
                <input type="checkbox" name="events" value={e} defaultChecked={e !== "request.appealed"} />{" "}
                {lookup(t.eventNames, e)} <code>{e}</code>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label className="check">
              <input type="checkbox" name="includeSubject" /> {t.includeSubject}
            </label>
            <p className="hint">{t.includeSubjectHint}</p>
          </div>
        </ActionForm>
      </section>
      {endpoints.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="integrations-scroll">
          <table className="queue" aria-label={t.title}>
            <thead>
              <tr>
                <th scope="col">{t.columns.endpoint}</th>
                <th scope="col">{t.columns.events}</th>
                <th scope="col">{t.columns.subject}</th>
                <th scope="col">{t.columns.state}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
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
                      <Link href={`/staff/admin/webhooks/${e.id}`}>{t.open}</Link>
                      <ActionForm
                        action={toggleEndpointAction}
                        submitLabel={e.enabled ? t.disable : t.enable}
                        className="inline-form"
                        danger={e.enabled}
                        confirm={e.enabled ? t.disableConfirm : undefined}
                        successMessage={t.saved}
                      >
                        <input type="hidden" name="endpointId" value={e.id} />
                        <input type="hidden" name="enabled" value={e.enabled ? "false" : "true"} />
                      </ActionForm>
                    </div>
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
