import { db } from "@/lib/db/client";
import { findDrpClaims, type findDrpRequestWithFacts, type listDrpCallbacks } from "@/lib/db/queries/drp";
import { drpAddressLine, type DrpConsumerClaims } from "@/lib/domain/drp-claims";
import { fill } from "@/lib/i18n/fill";
import type { StaffMessages } from "@/lib/i18n/staff";
import { drpStatusBody } from "@/lib/webhooks/drp-status";

type Facts = NonNullable<Awaited<ReturnType<typeof findDrpRequestWithFacts>>>;
type Callback = Awaited<ReturnType<typeof listDrpCallbacks>>[number];

type Words = StaffMessages["drpPanel"];

// The panel sits in the workspace's narrow column: a long French label ("Identifiant de la demande chez le
// mandataire") takes at most 45% of it, as on a phone, instead of squeezing the values to a few letters.
const NARROW_FACTS = { overflowWrap: "anywhere", gridTemplateColumns: "fit-content(45%) minmax(0, 1fr)" } as const;

/** What the agent sent about the consumer, in the staff member's words (subject data). */
function SentClaims({ claims, t }: { claims: DrpConsumerClaims; t: Words }) {
  const address = drpAddressLine(claims.address);
  return (
    <>
      <h3>{t.sent}</h3>
      <dl className="facts" data-testid="drp-claims" style={NARROW_FACTS}>
        <dt>{t.regime}</dt>
        <dd>{claims.regime ? <code>{claims.regime}</code> : t.noRegime}</dd>
        {claims.relationships.length > 0 ? (
          <>
            <dt>{t.relationships}</dt>
            <dd>{claims.relationships.join(", ")}</dd>
          </>
        ) : null}
        {claims.phone ? (
          <>
            <dt>{t.phone}</dt>
            <dd>{claims.phone}</dd>
          </>
        ) : null}
        {address ? (
          <>
            <dt>{t.address}</dt>
            <dd>{address}</dd>
          </>
        ) : null}
        <dt>{t.verified}</dt>
        <dd>{claims.verified.length ? claims.verified.map((c) => t.claimNames[c]).join(", ") : t.noneVerified}</dd>
        {claims.powerOfAttorney ? (
          <>
            <dt>{t.powerOfAttorney}</dt>
            <dd style={{ whiteSpace: "pre-wrap" }}>{claims.powerOfAttorney}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

/**
 * A request filed through the Data Rights Protocol: the agent, its own id for the request, the status
 * the agent sees now (the one mapping of lib/domain/drp.ts) and the status callbacks sent, with their
 * outcome, for every role that sees the request. What the agent sent about the consumer (phone,
 * address…) is subject data: read and shown only in a render that audited a view (`showSubjectContent`).
 */
export async function DrpPanel({
  facts,
  callbacks,
  agentName,
  t,
  at,
  showSubjectContent,
}: {
  facts: Facts;
  callbacks: Callback[];
  agentName: string;
  t: Words;
  at: (d: Date) => string;
  showSubjectContent: boolean;
}) {
  const claims = showSubjectContent ? await findDrpClaims(db(), { requestId: facts.link.requestId }) : null;
  const now = drpStatusBody(facts);
  const label = (b: { status: string; reason?: string }) => (b.reason ? `${b.status} / ${b.reason}` : b.status);
  return (
    <section className="panel" aria-labelledby="h-drp" data-testid="drp-panel">
      <h2 id="h-drp">{t.title}</h2>
      <dl className="facts" style={NARROW_FACTS}>
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
      {claims ? <SentClaims claims={claims} t={t} /> : null}
      {showSubjectContent ? null : <p className="muted">{t.claimsHidden}</p>}
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
