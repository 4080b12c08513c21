import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { controllerProfile } from "@/lib/env";
import { endpointLog, listEndpoints, waitingDeliveries } from "@/lib/integrations/webhooks/endpoints";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../../components/action-form";
import "../../../components/integrations.css";
import { formatStaffInstant } from "../../../components/staff-display";
import { resendDeliveryAction, toggleEndpointAction } from "../actions";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("webhookLog");

/** One endpoint: its state, the deliveries waiting, and the log of attempts with a Resend per delivery. */
export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaffPage("webhooks.manage");
  const t = staffMessages(me.locale).webhooks;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const endpoint = (await listEndpoints()).find((e) => e.id === id.data);
  if (!endpoint) notFound();
  const [log, waiting] = await Promise.all([endpointLog(endpoint.id), waitingDeliveries(endpoint.id)]);
  const zone = controllerProfile().timeZone;
  const at = (d: Date) => formatStaffInstant(d, me.locale, zone);
  return (
    <>
      <p>
        <Link href="/staff/admin/webhooks">← {t.back}</Link>
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
      <ActionForm
        action={toggleEndpointAction}
        submitLabel={endpoint.enabled ? t.disable : t.enable}
        danger={endpoint.enabled}
        confirm={endpoint.enabled ? t.disableConfirm : undefined}
        successMessage={t.saved}
      >
        <input type="hidden" name="endpointId" value={endpoint.id} />
        <input type="hidden" name="enabled" value={endpoint.enabled ? "false" : "true"} />
      </ActionForm>
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
        <div className="integrations-scroll">
          <table className="queue wide" aria-label={t.log}>
            <thead>
              <tr>
                <th scope="col">{t.logColumns.at}</th>
                <th scope="col">{t.logColumns.event}</th>
                <th scope="col">{t.logColumns.attempt}</th>
                <th scope="col">{t.logColumns.code}</th>
                <th scope="col">{t.logColumns.duration}</th>
                <th scope="col">{t.logColumns.excerpt}</th>
                <th scope="col">{t.logColumns.delivery}</th>
                <th scope="col">{t.logColumns.actions}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
