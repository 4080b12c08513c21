import type { RequestAgentView } from "@/lib/db/queries/request-agents";
import { fill } from "@/lib/i18n/fill";
import type { StaffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { askConsumerToVerifyAction, reviewAgentPermissionAction } from "./agent-actions";
import { AGENT_REJECT_ROLES, AGENT_REVIEW_ROLES } from "@/lib/requests/agent/review-agent-permission";
import type { StaffRole } from "@/lib/domain/vocabulary";

/** The authorised agent, their permission (download) and its review, for roles that see subject data. */
export function AgentPanel({
  requestId,
  agent,
  canSee,
  unverified,
  role,
  t,
}: {
  requestId: string;
  agent: RequestAgentView;
  canSee: boolean;
  /** Only the reviews this role may make are offered (review-agent-permission.ts checks them again). */
  role: StaffRole;
  /** The request still waits for the consumer's verification. */
  unverified: boolean;
  t: StaffMessages["agentPanel"];
}) {
  const kind = agent.permission.kind;
  return (
    <section className="panel" aria-labelledby="h-agent" data-testid="agent-panel">
      <h2 id="h-agent">{t.title}</h2>
      {canSee ? (
        <>
          <dl className="facts" style={{ overflowWrap: "anywhere" }}>
            <dt>{t.name}</dt>
            <dd>{agent.agent.name}</dd>
            <dt>{t.email}</dt>
            <dd>{agent.agent.email}</dd>
            {agent.agent.organisation ? (
              <>
                <dt>{t.organisation}</dt>
                <dd>{agent.agent.organisation}</dd>
              </>
            ) : null}
            <dt>{t.permission[kind]}</dt>
            <dd>
              <a href={`/staff/requests/${requestId}/agent-permission`} download>
                {fill(t.download, {
                  type: agent.permission.type,
                  size: Math.max(1, Math.round(agent.permission.bytes / 1024)),
                })}
              </a>
            </dd>
            <dt>{t.kind}</dt>
            <dd data-testid="agent-permission-kind">{t.kinds[agent.permission.kind]}</dd>
            <dt>{t.status[kind]}</dt>
            <dd data-testid="agent-permission-status">
              {t.statuses[agent.review.status as keyof typeof t.statuses] ?? agent.review.status}
              {agent.review.reason ? ` — ${agent.review.reason}` : ""}
            </dd>
          </dl>
          {kind === "power_of_attorney" ? (
            <p className="muted" data-testid="agent-poa-note">
              {t.poaNote}
            </p>
          ) : (
            <>
              <p className="muted">{t.consumerNote}</p>
              {unverified && AGENT_REVIEW_ROLES.includes(role) ? (
                <ActionForm
                  action={askConsumerToVerifyAction}
                  submitLabel={t.askConsumer}
                  pendingLabel={t.saving}
                  successMessage={t.asked}
                >
                  <input type="hidden" name="requestId" value={requestId} />
                </ActionForm>
              ) : null}
            </>
          )}
          {agent.review.status === "pending" && AGENT_REVIEW_ROLES.includes(role) ? (
            <>
              <ActionForm action={reviewAgentPermissionAction} submitLabel={t.approve[kind]} pendingLabel={t.saving}>
                <input type="hidden" name="requestId" value={requestId} />
                <input type="hidden" name="decision" value="approved" />
                <div className="compact-field">
                  <label htmlFor="agent-approve-reason">{t.reason}</label>
                  <input id="agent-approve-reason" name="reason" required maxLength={1000} />
                </div>
              </ActionForm>
              {AGENT_REJECT_ROLES.includes(role) ? (
                <ActionForm
                  action={reviewAgentPermissionAction}
                  submitLabel={t.reject[kind]}
                  pendingLabel={t.saving}
                  danger
                >
                  <input type="hidden" name="requestId" value={requestId} />
                  <input type="hidden" name="decision" value="rejected" />
                  <div className="compact-field">
                    <label htmlFor="agent-reject-reason">{t.reason}</label>
                    <input id="agent-reject-reason" name="reason" required maxLength={1000} />
                  </div>
                </ActionForm>
              ) : null}
            </>
          ) : null}
        </>
      ) : (
        <p className="muted">{t.hidden}</p>
      )}
    </section>
  );
}
