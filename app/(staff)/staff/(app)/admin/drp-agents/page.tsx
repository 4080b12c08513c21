import { db } from "@/lib/db/client";
import { listDrpAgents } from "@/lib/db/queries/drp";
import { appUrl, controllerProfile, env } from "@/lib/env";
import { requireStaffPage } from "@/lib/http/staff-page";
import { staffTitle } from "@/lib/http/staff-title";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { RegisterTable } from "../../components/register-table";
import { formatStaffInstant } from "../../components/staff-display";
import { registerDrpAgentAction, setDrpAgentEnabledAction } from "./actions";
import "../api-keys/api-keys.css";

export const generateMetadata = staffTitle("drpAgents");

/** Admins register, disable and enable the Data Rights Protocol's authorised agents (lib/integrations/drp). */
export default async function DrpAgentsPage() {
  const staff = await requireStaffPage("drp_agents.manage");
  const t = staffMessages(staff.locale).drpAgents;
  const zone = controllerProfile().timeZone;
  const at = (d: Date) => formatStaffInstant(d, staff.locale, zone);
  const e = env();
  const agents = await listDrpAgents(db());
  return (
    <>
      <h1>{t.title}</h1>
      <p>{fill(t.intro, { business: e.DRP_BUSINESS_ID ?? t.notConfigured })}</p>
      <p className="muted">{fill(t.apiBase, { url: `${appUrl()}/api/drp` })}</p>
      <section className="panel" aria-labelledby="h-register-agent">
        <h2 id="h-register-agent">{t.registerTitle}</h2>
        <ActionForm
          action={registerDrpAgentAction}
          submitLabel={t.register}
          pendingLabel={t.registering}
          successMessage={t.registered}
          className="api-key-form"
          label={t.registerTitle}
          resetOnSuccess
        >
          <div className="field">
            <label htmlFor="drp-id">{t.id}</label>
            <input id="drp-id" name="id" type="text" required maxLength={100} pattern="[A-Za-z0-9_.\-]{2,100}" />
          </div>
          <div className="field">
            <label htmlFor="drp-name">{t.name}</label>
            <input id="drp-name" name="name" type="text" required maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="drp-key">{t.verifyKey}</label>
            <input id="drp-key" name="verifyKey" type="text" required maxLength={100} spellCheck={false} />
          </div>
          <div className="field">
            <label htmlFor="drp-contact">{t.technicalContact}</label>
            <input id="drp-contact" name="technicalContact" type="email" required maxLength={254} />
          </div>
          <div className="field">
            <label htmlFor="drp-web">{t.webUrl}</label>
            <input id="drp-web" name="webUrl" type="url" maxLength={500} />
          </div>
          <div className="field">
            <label htmlFor="drp-limit">{fill(t.rateLimit, { n: String(e.DRP_RATE_LIMIT_PER_MINUTE) })}</label>
            <input id="drp-limit" name="rateLimitPerMinute" type="number" min={1} max={100000} inputMode="numeric" />
          </div>
        </ActionForm>
      </section>
      <RegisterTable title={t.listTitle} none={t.none} columns={t.columns} empty={agents.length === 0}>
        {agents.map(({ agent: a, createdByName }) => (
          <tr key={a.id} data-agent-id={a.id}>
            <td data-label={t.columns.agent}>
              <strong>{a.name}</strong> <code>{a.id}</code>
            </td>
            <td data-label={t.columns.key}>
              <code>{a.verifyKey.slice(0, 12)}…</code>
            </td>
            <td data-label={t.columns.contact}>{a.technicalContact}</td>
            <td data-label={t.columns.limit}>
              {a.rateLimitPerMinute ?? fill(t.defaultLimit, { n: String(e.DRP_RATE_LIMIT_PER_MINUTE) })}
            </td>
            <td data-label={t.columns.registered}>
              {at(a.createdAt)}
              {createdByName ? <span className="muted"> {fill(t.createdBy, { name: createdByName })}</span> : null}
            </td>
            <td data-label={t.columns.status}>
              {a.enabled ? (
                t.enabled
              ) : (
                <strong>{fill(t.disabled, { at: a.disabledAt ? at(a.disabledAt) : "" })}</strong>
              )}
            </td>
            <td data-label={t.columns.actions}>
              <ActionForm
                action={setDrpAgentEnabledAction}
                submitLabel={a.enabled ? t.disable : t.enable}
                // Each row's form is a landmark: named after its agent, so that the names are unique (axe).
                label={`${a.enabled ? t.disable : t.enable} — ${a.name} (${a.id})`}
                className="inline-form"
                danger={a.enabled}
                successMessage={a.enabled ? t.disabledDone : t.enabledDone}
                {...(a.enabled ? { confirm: fill(t.disableConfirm, { name: a.name }) } : {})}
              >
                <input type="hidden" name="agentId" value={a.id} />
                <input type="hidden" name="enabled" value={a.enabled ? "false" : "true"} />
              </ActionForm>
            </td>
          </tr>
        ))}
      </RegisterTable>
    </>
  );
}
