import { fill } from "@/lib/i18n/fill";
import type { QueueModel } from "./queue-view";

/**
 * The outcome of the form posted just before (a flash cookie): a region that is in the page empty and
 * filled a moment after load, so that screen readers announce it (a region born with its text is not
 * reliably read out); without scripts the text is shown as is.
 */
const FLASH = `(function(){var r=document.getElementById("flash");if(!r)return;setTimeout(function(){r.textContent=r.getAttribute("data-message")},100)})();`;

export function FlashRegion({ flash, nonce }: { flash: QueueModel["flash"]; nonce: string | null }) {
  const cls = flash?.kind === "error" ? "alert" : "notice announcer";
  return (
    <>
      <p
        id="flash"
        className={flash ? cls : undefined}
        role={flash?.kind === "error" ? "alert" : "status"}
        aria-live={flash?.kind === "error" ? "assertive" : "polite"}
        data-testid="queue-flash"
        data-message={flash?.text}
      />
      {flash ? (
        <>
          <noscript>
            <p className={cls}>{flash.text}</p>
          </noscript>
          <script nonce={nonce ?? undefined} dangerouslySetInnerHTML={{ __html: FLASH }} />
        </>
      ) : null}
    </>
  );
}

export function SavedViews({ m, currentQuery }: { m: QueueModel; currentQuery: string }) {
  const t = m.all.queue;
  return (
    <div className="saved-views">
      <span className="muted">{t.savedViews}</span>
      {m.views.length === 0 ? <span className="muted">{t.noViews}</span> : null}
      {m.views.map((v) => (
        <span className="view" key={v.id}>
          <a href={`/staff/requests${v.query ? `?${v.query}` : ""}`}>{v.name}</a>
          <form
            className="inline"
            method="post"
            action="/staff/requests/views/delete"
            aria-label={fill(t.deleteView, { name: v.name })}
          >
            <input type="hidden" name="id" value={v.id} />
            <input type="hidden" name="back" value={m.back} />
            <button className="button" type="submit" aria-label={fill(t.deleteView, { name: v.name })}>
              ×
            </button>
          </form>
        </span>
      ))}
      <form className="toolbar" method="post" action="/staff/requests/views" aria-label={t.saveThisView}>
        <input type="hidden" name="query" value={currentQuery} />
        <input type="hidden" name="back" value={m.back} />
        <div className="field">
          <label htmlFor="view-name">{t.saveAs}</label>
          <input id="view-name" name="name" type="text" maxLength={60} required placeholder={t.viewPlaceholder} />
        </div>
        <div>
          <button className="button" type="submit">
            {t.saveView}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The checkboxes in the queue table belong to this form through their `form="bulk-assign"` attribute. */
export function BulkAssignForm({ m }: { m: QueueModel }) {
  const t = m.all.queue;
  const roles = m.all.chrome.roles as Record<string, string>;
  return (
    <div id="bulk-assign-wrap">
      <form
        className="toolbar"
        id="bulk-assign"
        method="post"
        action="/staff/requests/bulk-assign"
        aria-label={t.bulkAssign}
      >
        <input type="hidden" name="back" value={m.back} />
        <div className="field">
          <label htmlFor="bulk-assignee">{t.assignSelectedTo}</label>
          <select id="bulk-assignee" name="assigneeId" defaultValue="">
            <option value="">{t.nobody}</option>
            {m.assignable.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({roles[a.role] ?? a.role})
              </option>
            ))}
          </select>
        </div>
        <div>
          <button className="button" type="submit">
            {t.assignSelected}
          </button>
        </div>
      </form>
    </div>
  );
}
