import { can } from "@/lib/auth/policy";
import { sessionClaimsFromHeaders, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { decodeCursor, type QueueFilters } from "@/lib/db/queries/queue";
import { loadQueuePage } from "@/lib/db/queries/queue-page";
import { negotiateLocale, toLocale } from "@/lib/domain/locale";
import { STAFF_ROLES } from "@/lib/domain/vocabulary";
import { timed } from "@/lib/net/server-timing";
import { readFlash, secureCookies } from "../components/form-post";
import { parseQueueParams, type QueueSearchParams } from "./queue-params";
import { queuePageHtml } from "./queue-page-html";
import { queueSearchFilters } from "./queue-search";

/** A GET of the queue as the web server or Next hands it over: path and query, headers, the CSP nonce. */
export interface PageRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  nonce: string | null;
}
export interface PageAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const header = (h: PageRequest["headers"], name: string) => {
  const v = h[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
};
const redirectTo = (location: string): PageAnswer => ({ status: 307, headers: { location }, body: "" });
/** The roles that may see the queue at all: the gate of the page's one statement. */
const VIEW_ROLES = STAFF_ROLES.filter((role) => can({ id: "", role }, "request.view"));

/**
 * GET /staff/requests: the queue as one complete HTML document (issue 16), served by the web server
 * itself (scripts/lib/direct-pages.ts) or by the route handler beside it. The session cookie is decoded
 * (cached a few seconds), then one statement re-reads the member and — only when the member is active,
 * on the cookie's session version, without a password to change and in a role that may view requests —
 * reads the rows, counts, assignable staff, saved views and the bell. Authorised as the page always was:
 * sign-in, password change, then `request.view`.
 */
export async function queuePage(req: PageRequest): Promise<PageAnswer> {
  const claims = await timed("session", () => sessionClaimsFromHeaders(req.headers));
  if (!claims) return redirectTo("/staff/signin");
  const url = new URL(req.url, "http://x");
  const sp: QueueSearchParams = {};
  for (const key of new Set(url.searchParams.keys())) sp[key] = url.searchParams.getAll(key);
  const { filters: base, q, after, size } = parseQueueParams(sp);
  // An e-mail or name search depends on the member's right to see subject data (the role, read by the
  // statement). An e-mail is read as one at once (most searchers may; one load, as before), and again as a
  // reference for a role that may not; a name is read as a reference first, by name when the role allows it.
  const bySubject = queueSearchFilters(q, { subjectSearch: true });
  const byReference = queueSearchFilters(q, { subjectSearch: false });
  const byEmail = "emailBidx" in bySubject;
  const now = new Date();
  const cursor = decodeCursor(after, base.sort);
  const load = (filters: QueueFilters) =>
    timed("db.queue", () =>
      loadQueuePage(db(), {
        uid: claims.uid,
        sv: claims.sv,
        viewRoles: VIEW_ROLES,
        filters,
        now,
        after: cursor,
        limit: size,
        unreadCap: 100,
      }),
    );
  let data = await load({ ...base, ...(byEmail ? bySubject : byReference) });
  const seesSubjects = data.admitted && can({ id: claims.uid, role: data.member!.role }, "request.view_subject");
  if (data.admitted && byEmail && !seesSubjects) data = await load({ ...base, ...byReference });
  else if (seesSubjects && "nameTokens" in bySubject) data = await load({ ...base, ...bySubject });
  const member = data.member;
  if (!member || !member.active || member.sessionVersion !== claims.sv) return redirectTo("/staff/signin");
  if (member.mustChangePassword) return redirectTo("/staff/password");
  const staff: StaffSession = {
    id: member.id,
    email: member.email,
    name: member.name,
    role: member.role,
    mustChangePassword: member.mustChangePassword,
    locale: member.locale ? toLocale(member.locale) : negotiateLocale(header(req.headers, "accept-language")),
  };
  if (!can(staff, "request.view") || !data.admitted) return redirectTo("/staff/forbidden");
  const cookies = header(req.headers, "cookie");
  const { flash, clear } = readFlash(cookies, secureCookies());
  const back = `${url.pathname}${url.search}`;
  const body = await timed("html", async () =>
    queuePageHtml({
      data,
      staff,
      now,
      filters: base,
      q,
      size,
      paged: cursor !== null && cursor !== undefined,
      back,
      cookies,
      flash,
      nonce: req.nonce,
    }),
  );
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
  };
  if (clear) headers["set-cookie"] = clear;
  return { status: 200, headers, body };
}
