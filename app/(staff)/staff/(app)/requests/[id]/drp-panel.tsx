import type { findDrpRequestWithFacts, listDrpCallbacks } from "@/lib/db/queries/drp";
import { fill } from "@/lib/i18n/fill";
import type { StaffMessages } from "@/lib/i18n/staff";
import { drpStatusBody } from "@/lib/webhooks/drp-status";

type Facts = NonNullable<Awaited<ReturnType<typeof findDrpRequestWithFacts>>>;
type Callback = Awaited<ReturnType<typeof listDrpCallbacks>>[number];

/**
 * A request filed through the Data Rights Protocol: the agent, its own id for the request, the status
 * the agent sees now (the one mapping of lib/domain/drp.ts) and the status callbacks sent, with their
 * outcome. No subject data: shown to every role that sees the request.
 */
export function DrpPanel({
  facts,
  callbacks,
  agentName,
  t,
  at,
}: {
  facts: Facts;
  callbacks: Callback[];
  agentName: string;
  t: StaffMessages["drpPanel"];
  at: (d: Date) => string;
}) {
  const now = drpStatusBody(facts);
  const label = (b: { status: string; reason?: string }) => (b.reason ? `${b.status} / ${b.reason}` : b.status);
  return (
    <section className="panel" aria-labelledby="h-drp" data-testid="drp-panel">
      <h2 id="h-drp">{t.title}</h2>
      <dl className="facts" style={{ overflowWrap: "anywhere" }}>
        <dt>{t.agent}</dt>
        <dd>
          {agentName} <code>{facts.link.agentId}</code>
        </dd>
        {facts.link.agentRequestId ? (
          <>
            <dt>{t.agentRequestId}</dt>
            <dd>
              <code>{facts.link.agentRequestId}</code>
            </dd>
          </>
        ) : null}
        <dt>{t.exercise}</dt>
        <dd>
          <code>{facts.link.exercise}</code>
        </dd>
        <dt>{t.protocolStatus}</dt>
        <dd data-testid="drp-status">
          <code>{label(now)}</code>
          {now.expected_by ? ` — ${fill(t.expectedBy, { date: now.expected_by })}` : ""}
        </dd>
        <dt>{t.callbackUrl}</dt>
        <dd>{facts.link.statusCallback ? <code>{facts.link.statusCallback}</code> : t.noCallback}</dd>
      </dl>
      {facts.link.revokedAt ? <p>{fill(t.revoked, { at: at(facts.link.revokedAt) })}</p> : null}
      <h3>{t.callbacks}</h3>
      {callbacks.length === 0 ? (
        <p className="muted">{t.noCallbacks}</p>
      ) : (
        <ul data-testid="drp-callbacks">
          {callbacks.map((c) => (
            <li key={c.id}>
              {at(c.createdAt)} —{" "}
              {fill(t.callbackLine, {
                status: label(c.body as { status: string; reason?: string }),
                outcome: t.outcomes[c.status as keyof typeof t.outcomes] ?? c.status,
                attempts: c.attempts,
                code: c.lastStatusCode ?? "—",
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
