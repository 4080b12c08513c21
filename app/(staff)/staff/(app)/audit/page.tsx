import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { verifyAuditChain } from "@/lib/audit/verify";
import { db } from "@/lib/db/client";
import { listAuditPage } from "@/lib/db/queries/audit-log";
import { auditActorsMatching, findRequestIdByReference, requestReferencesByIds } from "@/lib/db/queries/audit-targets";
import { dataSystemsById } from "@/lib/db/queries/data-systems";
import { staffNamesById } from "@/lib/db/queries/workspace";
import { idlessActorsNamed, matchedActorsLabel, WHO_MAX } from "./actor-filter";
import { apiKeyNamesById } from "@/lib/db/queries/api-keys";
import { formatStaffInstant, instantFormatter } from "@/app/(staff)/staff/(app)/components/staff-display";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { auditActionOptions, type AuditNames } from "@/lib/i18n/staff/audit-sentence";
import { requireStaffPage } from "@/lib/http/staff-page";
import { isAuditAction } from "@/lib/domain/audit-actions";
import { staffTitle } from "@/lib/http/staff-title";
import { AuditEntry } from "./audit-entry";
import "./audit.css";

export const generateMetadata = staffTitle("audit");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const systemIdsOf = (payload: unknown) => {
  const id = (payload as { systemId?: unknown } | null)?.systemId;
  return typeof id === "string" ? [id] : [];
};

/**
 * The audit log for the DPO: each entry as a sentence (who, what, which request by its reference) with
 * its recorded details as labelled fields; filters by reference, by who acted (a name, an e-mail or an API
 * key's name as typed, resolved here to the actors it matches) and by what happened; newest first,
 * keyset-paged; the hash chain verified from the workers' last checkpoint.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SP> }) {
  const staff = await requireStaffPage("audit.view");
  const all = staffMessages(staff.locale);
  const t = all.audit;
  const w = all.auditLog;
  const zone = controllerProfile().timeZone;
  const sp = await searchParams;
  const reference = one(sp.ref);
  const byReference = reference ? await findRequestIdByReference(db(), { reference }) : null;
  const idParam = one(sp.request);
  const who = one(sp.who)?.slice(0, WHO_MAX);
  const action = one(sp.action);
  const before = Number(one(sp.before) ?? "") || null;
  const unknownReference = reference !== undefined && byReference === null;
  const matched = who ? { ...(await auditActorsMatching(db(), { term: who })), idless: idlessActorsNamed(who) } : null;
  const actors = matched && { ids: [...matched.staff, ...matched.apiKeys].map((a) => a.id), types: matched.idless };
  const noActor = actors !== null && actors.ids.length + actors.types.length === 0;
  const filters = {
    requestId: byReference ?? (idParam && UUID.test(idParam) ? idParam : undefined),
    actors: actors ?? undefined,
    action: action && isAuditAction(action) ? action : undefined,
  };
  const [page, staffNames, chain, keyNames] = await Promise.all([
    unknownReference || noActor
      ? { rows: [], nextBeforeSeq: null }
      : listAuditPage(db(), { filters, beforeSeq: before }),
    staffNamesById(db()),
    // From the newest checkpoint the workers recorded (npm run audit:verify walks everything).
    verifyAuditChain(db(), { fromCheckpoint: true }),
    apiKeyNamesById(db()),
  ]);
  const payloadIds = (key: string) =>
    page.rows.flatMap((e) => {
      const v = (e.payload as Record<string, unknown> | null)?.[key];
      return typeof v === "string" && UUID.test(v) ? [v] : [];
    });
  const [references, systems] = await Promise.all([
    requestReferencesByIds(db(), {
      ids: [...page.rows.flatMap((e) => (e.requestId ? [e.requestId] : [])), ...payloadIds("duplicateOf")],
    }),
    dataSystemsById(db(), { ids: page.rows.flatMap((e) => systemIdsOf(e.payload)) }),
  ]);
  const names: AuditNames = {
    staff: staffNames,
    apiKeys: keyNames,
    references,
    systems: new Map([...systems].map(([id, s]) => [id, s.name])),
  };
  const time = instantFormatter(staff.locale, zone);
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      ref: reference,
      request: reference ? undefined : filters.requestId,
      who,
      action: filters.action,
      ...extra,
    }))
      if (v) q.set(k, v);
    return `/staff/audit?${q.toString()}`;
  };
  const filteredReference = reference ?? (filters.requestId ? references.get(filters.requestId) : undefined);
  return (
    <>
      <h1>{t.title}</h1>
      <p data-testid="chain-status">
        {chain.ok ? (
          <span className="chain-ok">
            {fill(t.chainOk, {
              n: chain.entries.toLocaleString(staff.locale === "fr" ? "fr-FR" : "en"),
              checkpoint: chain.from.verifiedAt
                ? fill(t.checkpoint, { at: formatStaffInstant(chain.from.verifiedAt, staff.locale, zone) })
                : "",
            })}
            {chain.unchained > 0 ? fill(t.unchained, { n: chain.unchained }) : ""}
          </span>
        ) : (
          <span className="chain-broken">
            {fill(t.chainBroken, { seq: chain.brokenAtSeq, reason: chain.reason, n: chain.entries })}
          </span>
        )}
      </p>
      <form className="toolbar audit-filters" method="get" action="/staff/audit" aria-label={t.filter}>
        <div className="field">
          <label htmlFor="a-ref">{w.reference}</label>
          <input
            id="a-ref"
            name="ref"
            type="search"
            defaultValue={filteredReference ?? ""}
            placeholder={w.referencePlaceholder}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="a-who">{w.actor}</label>
          <input
            id="a-who"
            name="who"
            type="search"
            defaultValue={who ?? ""}
            maxLength={WHO_MAX}
            aria-describedby="a-who-hint"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <p id="a-who-hint" className="hint audit-who-hint">
          {w.actorHint}
        </p>
        <div className="field">
          <label htmlFor="a-action">{w.action}</label>
          <select id="a-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{w.any}</option>
            {auditActionOptions(staff.locale).map((g) => (
              <optgroup key={g.group} label={g.label}>
                {g.actions.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          {t.apply}
        </button>
        <StaffLink href="/staff/audit">{t.reset}</StaffLink>
      </form>
      {unknownReference ? (
        <p className="alert" role="alert">
          {fill(w.unknownReference, { reference: reference ?? "" })}
        </p>
      ) : null}
      {noActor ? (
        <p className="alert" role="alert">
          {fill(w.noActorMatch, { term: who ?? "" })}
        </p>
      ) : matched ? (
        <p className="muted small" data-testid="actor-matches">
          {fill(w.actorMatches, {
            term: who ?? "",
            names: matchedActorsLabel(matched, {
              roles: all.chrome.roles,
              apiKey: all.apiKeys.actor,
              system: w.systemActor,
              subject: w.subjectActor,
              more: w.actorMore,
            }),
          })}
        </p>
      ) : null}
      <p className="muted small">{fill(all.common.timeZone, { zone })}</p>
      {page.rows.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <ol className="audit-list" aria-label={t.table}>
          {page.rows.map((e) => (
            <AuditEntry key={e.seq} entry={e} names={names} locale={staff.locale} time={time(e.at)} />
          ))}
        </ol>
      )}
      <nav className="pager" aria-label={t.pages}>
        {before ? <StaffLink href={query({})}>{t.newest}</StaffLink> : null}
        {page.nextBeforeSeq ? (
          <StaffLink href={query({ before: String(page.nextBeforeSeq) })}>{t.older}</StaffLink>
        ) : null}
      </nav>
    </>
  );
}
