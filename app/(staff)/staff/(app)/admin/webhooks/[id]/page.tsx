import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { controllerProfile } from "@/lib/env";
import { findEndpoint } from "@/lib/integrations/webhooks/endpoint-reads";
import { endpointLog, waitingDeliveries } from "@/lib/integrations/webhooks/endpoints";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../../components/action-form";
import "../../../components/integrations.css";
import { formatStaffInstant } from "../../../components/staff-display";
import {
  deleteEndpointAction,
  resendDeliveryAction,
  rotateSecretAction,
  toggleEndpointAction,
  updateEndpointAction,
} from "../actions";
import { EndpointFields } from "../endpoint-fields";
import { WebhookTable } from "../webhook-table";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("webhookLog");

/**
 * One endpoint: its settings (edit, rotate the secret, disable or re-enable, delete), the deliveries
 * waiting, and the log of attempts with a Resend per delivery.
 */
export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaffPage("webhooks.manage");
  const t = staffMessages(me.locale).webhooks;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const endpoint = await findEndpoint(id.data);
  if (!endpoint) notFound();
  const [log, waiting] = await Promise.all([endpointLog(endpoint.id), waitingDeliveries(endpoint.id)]);
  const zone = controllerProfile().timeZone;
  const at = (d: Date) => formatStaffInstant(d, me.locale, zone);
  return (
    <>
      <p>
        <StaffLink href="/staff/admin/webhooks">← {t.back}</StaffLink>
      </p>
      <h1>
        {t.open}: <code className="wrap">{endpoint.url}</code>
      </h1>
      <p>
        {endpoint.enabled ? t.enabled : <strong>{t.disabled}</strong>}
        {!endpoint.enabled && endpoint.disabledReason
          ? ` — ${fill(t.disabledBecause, { reason: endpoint.disabledReason })}`
          : ""}
      </p>
      <div className="endpoint-actions">
        <ActionForm
          action={toggleEndpointAction}
          className="inline-form"
          submitLabel={endpoint.enabled ? t.disable : t.enable}
          danger={endpoint.enabled}
          confirm={endpoint.enabled ? t.disableConfirm : undefined}
          successMessage={t.saved}
        >
          <input type="hidden" name="endpointId" value={endpoint.id} />
          <input type="hidden" name="enabled" value={endpoint.enabled ? "false" : "true"} />
        </ActionForm>
        <ActionForm
          action={deleteEndpointAction}
          className="inline-form"
          submitLabel={t.delete}
          danger
          confirm={t.deleteConfirm}
        >
          <input type="hidden" name="endpointId" value={endpoint.id} />
          <input type="hidden" name="from" value="endpoint" />
        </ActionForm>
      </div>
      <section className="panel integrations-form" aria-labelledby="h-settings">
        <h2 id="h-settings">{t.settings}</h2>
        <ActionForm
          action={updateEndpointAction}
          submitLabel={t.saveChanges}
          pendingLabel={t.saving}
          successMessage={t.saved}
          label={t.settings}
        >
          <input type="hidden" name="endpointId" value={endpoint.id} />
          <EndpointFields t={t} idPrefix="wh-edit" value={endpoint} />
        </ActionForm>
      </section>
      <section className="panel integrations-form" aria-labelledby="h-rotate">
        <h2 id="h-rotate">{t.rotate}</h2>
        <p className="hint">{t.rotateHint}</p>
        <ActionForm action={rotateSecretAction} submitLabel={t.rotate} confirm={t.rotateConfirm} label={t.rotate}>
          <input type="hidden" name="endpointId" value={endpoint.id} />
        </ActionForm>
      </section>
      {waiting.length > 0 ? (
        <section className="panel" aria-labelledby="h-waiting">
          <h2 id="h-waiting">{t.waiting}</h2>
          <ul>
            {waiting.map((d) => (
              <li key={d.id}>
                <code>{d.id}</code> · {lookup(t.eventNames, d.eventType)} · {lookup(t.statuses, d.status)} ·{" "}
                {fill(t.due, { time: at(d.dueAt) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{t.log}</h2>
      {log.length === 0 ? (
        <p>{t.noAttempts}</p>
      ) : (
        <WebhookTable
          label={t.log}
          wide
          columns={[
            t.logColumns.at,
            t.logColumns.event,
            t.logColumns.attempt,
            t.logColumns.code,
            t.logColumns.duration,
            t.logColumns.excerpt,
            t.logColumns.delivery,
            t.logColumns.actions,
          ]}
        >
          {log.map((a) => (
            <tr key={a.attemptId} data-delivery={a.deliveryId}>
              <td>{at(a.at)}</td>
              <td>{lookup(t.eventNames, a.eventType)}</td>
              <td>{a.attempt}</td>
              <td>{a.statusCode ?? <span className="muted">{t.noResponse}</span>}</td>
              <td>{a.durationMs} ms</td>
              <td>
                <code className="wrap">{(a.responseExcerpt ?? a.error ?? "").slice(0, 160)}</code>
              </td>
              <td>
                <code>{a.deliveryId.slice(0, 12)}…</code>
                <div className="muted">{lookup(t.statuses, a.deliveryStatus)}</div>
              </td>
              <td>
                <ActionForm
                  action={resendDeliveryAction}
                  submitLabel={t.resend}
                  className="inline-form"
                  successMessage={t.resent}
                >
                  <input type="hidden" name="deliveryId" value={a.deliveryId} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </WebhookTable>
      )}
    </>
  );
}
