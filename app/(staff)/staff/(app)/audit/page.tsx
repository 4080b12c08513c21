import Link from "next/link";
import { verifyAuditChain } from "@/lib/audit/verify";
import { db } from "@/lib/db/client";
import { listAuditPage } from "@/lib/db/queries/audit-log";
import { staffNamesById } from "@/lib/db/queries/workspace";
import { formatInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import { requireStaffPage } from "@/lib/http/staff-page";
import { AUDIT_ACTION_GROUPS, isAuditAction } from "@/lib/domain/audit-actions";
import { parseAuditEntry } from "@/lib/domain/audit-payloads";

export const metadata = { title: "Audit log — privacy requests" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SP> }) {
  await requireStaffPage("audit.view");
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
  const [page, names, chain] = await Promise.all([
    listAuditPage(db(), { filters, beforeSeq: before }),
    staffNamesById(db()),
    // From the newest checkpoint the workers recorded (npm run audit:verify walks everything).
    verifyAuditChain(db(), { fromCheckpoint: true }),
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
      <h1>Audit log</h1>
      <p data-testid="chain-status">
        {chain.ok ? (
          <span className="chain-ok">
            ✓ Hash chain verifies ({chain.entries.toLocaleString("en")} entries
            {chain.from.verifiedAt
              ? `; checked from the checkpoint of ${formatInstant(chain.from.verifiedAt)}, verified end to end then`
              : ""}
            ).{chain.unchained > 0 ? ` ${chain.unchained} newest entries are being linked.` : ""}
          </span>
        ) : (
          <span className="chain-broken">
            ✗ Hash chain broken at entry #{chain.brokenAtSeq} ({chain.reason}); {chain.entries} entries before it are
            intact.
          </span>
        )}
      </p>
      <form className="toolbar" method="get" action="/staff/audit" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="a-request">Request id</label>
          <input id="a-request" name="request" type="text" defaultValue={filters.requestId ?? ""} size={38} />
        </div>
        <div className="field">
          <label htmlFor="a-actor">Actor (staff id)</label>
          <select id="a-actor" name="actor" defaultValue={filters.actorId ?? ""}>
            <option value="">Anyone</option>
            {[...names.entries()].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-action">Action</label>
          <select id="a-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">Any</option>
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
          Filter
        </button>
        <Link href="/staff/audit">Reset</Link>
      </form>
      {page.rows.length === 0 ? (
        <p className="empty">No audit entries match.</p>
      ) : (
        <table className="queue" aria-label="Audit entries">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Actor</th>
              <th scope="col">Action</th>
              <th scope="col">Request</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{formatInstant(e.at)}</td>
                <td>{e.actorType === "staff" && e.actorId ? (names.get(e.actorId) ?? e.actorId) : e.actorType}</td>
                <td>
                  <Link href={query({ action: e.action, before: undefined })}>{e.action}</Link>
                </td>
                <td>{e.requestId ? <Link href={`/staff/requests/${e.requestId}`}>open</Link> : "—"}</td>
                <td style={{ whiteSpace: "normal" }}>
                  <code>{JSON.stringify(parseAuditEntry(e).payload)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="Pages">
        {before ? <Link href={query({})}>« Newest</Link> : null}
        {page.nextBeforeSeq ? <Link href={query({ before: String(page.nextBeforeSeq) })}>Older »</Link> : null}
      </nav>
    </>
  );
}
