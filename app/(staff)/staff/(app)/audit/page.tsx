import Link from "next/link";
import { verifyAuditChain } from "@/lib/audit/verify";
import { db } from "@/lib/db/client";
import { listAuditPage } from "@/lib/db/queries/audit-log";
import { staffNamesById } from "@/lib/db/queries/workspace";
import { apiKeyNamesById } from "@/lib/db/queries/api-keys";
import { formatStaffInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { requireStaffPage } from "@/lib/http/staff-page";
import { AUDIT_ACTION_GROUPS, isAuditAction } from "@/lib/domain/audit-actions";
import { parseAuditEntry } from "@/lib/domain/audit-payloads";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("audit");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SP> }) {
  const staff = await requireStaffPage("audit.view");
  const t = staffMessages(staff.locale).audit;
  const zone = controllerProfile().timeZone;
  const formatInstant = (d: Date) => formatStaffInstant(d, staff.locale, zone);
  const sp = await searchParams;
  const requestId = one(sp.request);
  const actorId = one(sp.actor);
  const action = one(sp.action);
  const before = Number(one(sp.before) ?? "") || null;
  const filters = {
    requestId: requestId && UUID.test(requestId) ? requestId : undefined,
    actorId,
    action: action && isAuditAction(action) ? action : undefined,
  };
  const [page, names, chain, keyNames] = await Promise.all([
    listAuditPage(db(), { filters, beforeSeq: before }),
    staffNamesById(db()),
    // From the newest checkpoint the workers recorded (npm run audit:verify walks everything).
    verifyAuditChain(db(), { fromCheckpoint: true }),
    apiKeyNamesById(db()),
  ]);
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      request: filters.requestId,
      actor: filters.actorId,
      action: filters.action,
      ...extra,
    }))
      if (v) q.set(k, v);
    return `/staff/audit?${q.toString()}`;
  };
  return (
    <>
      <h1>{t.title}</h1>
      <p data-testid="chain-status">
        {chain.ok ? (
          <span className="chain-ok">
            {fill(t.chainOk, {
              n: chain.entries.toLocaleString(staff.locale === "fr" ? "fr-FR" : "en"),
              checkpoint: chain.from.verifiedAt ? fill(t.checkpoint, { at: formatInstant(chain.from.verifiedAt) }) : "",
            })}
            {chain.unchained > 0 ? fill(t.unchained, { n: chain.unchained }) : ""}
          </span>
        ) : (
          <span className="chain-broken">
            {fill(t.chainBroken, { seq: chain.brokenAtSeq, reason: chain.reason, n: chain.entries })}
          </span>
        )}
      </p>
      <form className="toolbar" method="get" action="/staff/audit" aria-label={t.filter}>
        <div className="field">
          <label htmlFor="a-request">{t.request}</label>
          <input id="a-request" name="request" type="text" defaultValue={filters.requestId ?? ""} size={38} />
        </div>
        <div className="field">
          <label htmlFor="a-actor">{t.actor}</label>
          <select id="a-actor" name="actor" defaultValue={filters.actorId ?? ""}>
            <option value="">{t.anyone}</option>
            {[...names.entries()].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-action">{t.action}</label>
          <select id="a-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t.any}</option>
            {Object.entries(AUDIT_ACTION_GROUPS).map(([group, actions]) => (
              <optgroup key={group} label={group}>
                {actions.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          {t.apply}
        </button>
        <Link href="/staff/audit">{t.reset}</Link>
      </form>
      {page.rows.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <table className="queue" aria-label={t.table}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t.columns.when}</th>
              <th scope="col">{t.columns.actor}</th>
              <th scope="col">{t.columns.action}</th>
              <th scope="col">{t.columns.request}</th>
              <th scope="col">{t.columns.details}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{formatInstant(e.at)}</td>
                <td>
                  {e.actorType === "staff" && e.actorId
                    ? (names.get(e.actorId) ?? e.actorId)
                    : e.actorType === "api_key" && e.actorId
                      ? fill(staffMessages(staff.locale).apiKeys.actor, { name: keyNames.get(e.actorId) ?? e.actorId })
                      : e.actorType}
                </td>
                <td>
                  <Link href={query({ action: e.action, before: undefined })}>{e.action}</Link>
                </td>
                <td>{e.requestId ? <Link href={`/staff/requests/${e.requestId}`}>{t.open}</Link> : "—"}</td>
                <td style={{ whiteSpace: "normal" }}>
                  <code>{JSON.stringify(parseAuditEntry(e).payload)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t.pages}>
        {before ? <Link href={query({})}>{t.newest}</Link> : null}
        {page.nextBeforeSeq ? <Link href={query({ before: String(page.nextBeforeSeq) })}>{t.older}</Link> : null}
      </nav>
    </>
  );
}
