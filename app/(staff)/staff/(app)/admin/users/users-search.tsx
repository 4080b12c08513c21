import { STAFF_SEARCH_MAX } from "@/lib/db/queries/staff-directory";
import { fill } from "@/lib/i18n/fill";
import type { staffMessages } from "@/lib/i18n/staff";
import { StaffLink } from "../../components/staff-link";

type Words = ReturnType<typeof staffMessages>["users"];

/** What the list holds in words: every account, the accounts matching a search, or none. */
function summary(q: string, total: number, t: Words): string {
  if (!q) return total === 1 ? t.countOne : fill(t.count, { n: total });
  if (total === 0) return fill(t.noMatch, { q });
  return total === 1 ? fill(t.matchesOne, { q }) : fill(t.matches, { n: total, q });
}

/** The accounts' search (a plain GET form: it works before any script) and how many accounts it finds. */
export function UsersSearch({ q, tooLong, total, t }: { q: string; tooLong: boolean; total: number; t: Words }) {
  return (
    <section aria-labelledby="h-users-search">
      <h2 id="h-users-search">{t.search}</h2>
      <form className="toolbar" method="get" action="/staff/admin/users" role="search" aria-label={t.search}>
        <div className="field">
          <label htmlFor="users-q">{t.searchLabel}</label>
          <input
            id="users-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={STAFF_SEARCH_MAX}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <button className="button" type="submit">
          {t.searchSubmit}
        </button>
        {q ? <StaffLink href="/staff/admin/users">{t.clearSearch}</StaffLink> : null}
      </form>
      {tooLong ? (
        <p role="alert" className="alert">
          {fill(t.searchTooLong, { max: STAFF_SEARCH_MAX })}
        </p>
      ) : null}
      <p role="status" data-testid="users-summary">
        {summary(q, total, t)}
      </p>
    </section>
  );
}
