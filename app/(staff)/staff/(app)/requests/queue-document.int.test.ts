import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import { auditLog, requests } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { signedInStaff } from "@/scripts/test-support/signed-in-cookie";

// Against the running instance (DSR_RUNTIME_ENV): the queue is a route handler's static document, its
// forms plain POSTs answered with redirect-after-POST and a flash cookie.
type Signed = Awaited<ReturnType<typeof signedInStaff>>;
let dpo: Signed;
let agent: Signed;
let manager: Signed;
beforeAll(async () => {
  dpo = await signedInStaff("dpo", "Dora Static");
  agent = await signedInStaff("agent", `Alix Static ${randomBytes(3).toString("hex")}`);
  manager = await signedInStaff("manager");
});
afterAll(() => closeDb());

const origin = () => new URL(appUrl()).origin;
const get = (path: string, cookie: string) =>
  fetch(`${appUrl()}${path}`, { headers: { cookie, "accept-encoding": "gzip" }, redirect: "manual" });
const post = (path: string, cookie: string, form: [string, string][], from = origin()) =>
  fetch(`${appUrl()}${path}`, {
    method: "POST",
    headers: { cookie, origin: from, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
    redirect: "manual",
  });
const flashOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("dsr-flash="))!;
/** The flash message as the next page shows it (the region's data-message, filled a moment after load). */
async function shownFlash(cookie: string, res: Response): Promise<string | null> {
  const html = await (await get(res.headers.get("location")!, `${cookie}; ${flashOf(res)}`)).text();
  const m = /id="flash"[^>]*data-message="([^"]*)"/.exec(html);
  return m
    ? m[1]!
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
    : null;
}
const email = () => `static.${randomBytes(4).toString("hex")}@example.net`;
async function rows(ids: string[]) {
  const found = await db().select().from(requests).where(inArray(requests.id, ids));
  return ids.map((id) => found.find((r) => r.id === id)!);
}

describe("the queue as a static document", () => {
  it("is one compressed HTML document with no React runtime, its phases in Server-Timing, finding a request by reference", async () => {
    const [r] = await rows([await verifiedRequest({ type: "access", email: email() })]);
    const res = await get(`/staff/requests?q=${r!.reference}`, dpo.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("server-timing")).toMatch(/session.*db\.queue|db\.queue.*session/);
    const html = await res.text();
    expect(html.startsWith("<!DOCTYPE html><html lang=")).toBe(true);
    expect(html).not.toContain("/_next/static/chunks");
    expect(html).not.toContain("self.__next_f");
    expect(html).toContain(`<a href="/staff/requests/${r!.id}">${r!.reference}</a>`);
    expect(html).toContain('data-testid="notification-bell"');
    expect(html).toContain('action="/api/auth/signout"');
    // Its style sheet is linked, named by its content, and cached for a year; another hash is not served.
    const href = /<link rel="stylesheet" href="(\/staff\/styles\/queue-[\w-]{16}\.css)"\/>/.exec(html)![1]!;
    const css = await get(href, "");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await css.text()).toContain("table.queue");
    expect((await get("/staff/styles/queue-AAAAAAAAAAAAAAAA.css", "")).status).toBe(404);
  });

  it("carries the same security headers as a page behind Next's proxy, its scripts under the response's nonce", async () => {
    const [r] = await rows([await verifiedRequest({ type: "access", email: email() })]);
    const res = await get(`/staff/requests?q=${r!.reference}`, dpo.cookie);
    const other = await get("/staff/notifications", dpo.cookie);
    expect(res.status).toBe(200);
    expect(other.status).toBe(200);
    const withoutNonce = (v: string | null) => v?.replace(/'nonce-[^']+'/g, "'nonce-…'") ?? null;
    for (const name of [
      "content-security-policy",
      "permissions-policy",
      "referrer-policy",
      "x-content-type-options",
      "x-frame-options",
      "strict-transport-security",
      "cache-control",
    ])
      expect([name, withoutNonce(res.headers.get(name))]).toEqual([name, withoutNonce(other.headers.get(name))]);
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy")!)![1]!;
    const html = await res.text();
    expect(html).toContain(`<script nonce="${nonce}">`);
    // Counted by splitting, not a RegExp: a base64 nonce may hold "+" or "/".
    expect(html.match(/<script/g)).toHaveLength(html.split(`<script nonce="${nonce}">`).length - 1);
    // The search box keeps what was searched.
    expect(html).toContain(`name="q" type="search" value="${r!.reference}"`);
  });

  it("sends a signed-out visitor to sign in and a member whose session was ended at once, though the cookie's decoding is reused", async () => {
    expect((await get("/staff/requests", "")).headers.get("location")).toBe("/staff/signin");
    const member = await signedInStaff("agent");
    expect((await get("/staff/requests", member.cookie)).status).toBe(200);
    await updateStaffUser(db(), { id: member.id, set: { active: false }, endSessions: true });
    const after = await get("/staff/requests", member.cookie);
    expect(after.status).toBe(307);
    expect(after.headers.get("location")).toBe("/staff/signin");
  });

  it("bulk-assigns by a plain form: rows assigned and audited, back to the same view with the outcome announced", async () => {
    const before = await rows([
      await verifiedRequest({ type: "erasure", email: email() }),
      await verifiedRequest({ type: "erasure", email: email() }),
    ]);
    const back = "/staff/requests?status=new&sort=received";
    const res = await post("/staff/requests/bulk-assign", dpo.cookie, [
      ...before.map((r): [string, string] => ["items", `${r.id}:${r.version}`]),
      ["assigneeId", agent.id],
      ["back", back],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(back);
    expect(await shownFlash(dpo.cookie, res)).toBe("2 assigned.");
    expect((await rows(before.map((r) => r.id))).map((r) => r.assigneeId)).toEqual([agent.id, agent.id]);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.requestId,
          before.map((r) => r.id),
        ),
      );
    expect(audits.filter((a) => a.action === "request.assigned" && a.actorId === dpo.id)).toHaveLength(2);
  });

  it("refuses a cross-site post (403, nothing changed) and a role without the right (the reason shown, nothing changed)", async () => {
    const [r] = await rows([await verifiedRequest({ type: "access", email: email() })]);
    const form: [string, string][] = [
      ["items", `${r!.id}:${r!.version}`],
      ["assigneeId", agent.id],
    ];
    expect((await post("/staff/requests/bulk-assign", dpo.cookie, form, "https://evil.example")).status).toBe(403);
    const refused = await post("/staff/requests/bulk-assign", manager.cookie, form);
    expect(refused.status).toBe(303);
    expect(await shownFlash(manager.cookie, refused)).toMatch(/not allowed/i);
    expect((await rows([r!.id]))[0]!.assigneeId).toBeNull();
  });

  it("saves and deletes a view by plain forms, in the member's language", async () => {
    const name = `Vue ${randomBytes(3).toString("hex")}`;
    await post("/staff/language", agent.cookie, [["locale", "fr"]]);
    const saved = await post("/staff/requests/views", agent.cookie, [
      ["name", name],
      ["query", "status=new&after=abc"],
      ["back", "/staff/requests"],
    ]);
    expect(await shownFlash(agent.cookie, saved)).toBe("Vue enregistrée.");
    const html = await (await get("/staff/requests", agent.cookie)).text();
    expect(html).toContain(`<a href="/staff/requests?status=new">${name}</a>`);
    const id = /name="id" value="([0-9a-f-]{36})"/.exec(html)![1]!;
    const empty = await post("/staff/requests/views", agent.cookie, [
      ["name", " "],
      ["query", ""],
    ]);
    expect(await shownFlash(agent.cookie, empty)).toMatch(/nom/i);
    await post("/staff/requests/views/delete", agent.cookie, [["id", id]]);
    expect(await (await get("/staff/requests", agent.cookie)).text()).not.toContain(name);
  });
});
