import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db, pool } from "@/lib/db/client";
import { demoShopDataset } from "@/lib/connectors/postgres-dataset/demo-shop.dataset";
import { setOptOutFlag } from "@/lib/connectors/postgres-dataset/flags";
import { findRequest } from "@/lib/db/queries/requests";
import { auditLog } from "@/lib/db/schema";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { freshShopCustomer, shop, testStaff, waitForRequestStatus } from "@/scripts/test-support/fulfilment";
import { apiKeyWith } from "@/scripts/test-support/api-client";
import { POST } from "@/app/api/v1/opt-outs/route";

// The company's site calls with an API key that has opt_outs:write (the shared secret is gone).
let SECRET = "";
beforeAll(async () => {
  SECRET = (await apiKeyWith(["opt_outs:write"], { name: "shop site" })).secret;
});
afterAll(() => closeDb());

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://127.0.0.1/api/v1/opt-outs", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${SECRET}`,
        "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );

type Problem = { code: string; status: number; errors?: { field: string; reason: string }[]; missingScopes?: string[] };

describe("opt-out of sale/sharing (no verification, 15 California business days)", () => {
  it("is executed in the shop within the run, without a verification step, due 15 business days later across Veterans Day and Thanksgiving", async () => {
    const customer = await freshShopCustomer(1);
    // Received Thursday 2026-11-05: Veterans Day (Wed 11 Nov) and Thanksgiving (Thu 26 Nov) are not counted.
    const filed = await submitRequest(
      { type: "opt_out_sale", email: customer.email, locale: "en" },
      { channel: "api", actor: { type: "subject" }, receivedAt: new Date("2026-11-05T12:00:00Z") },
    );
    expect(filed.status).toBe("new");
    expect(filed.dueDate).toBe("2026-11-30");
    const row = (await findRequest(db(), { id: filed.id }))!;
    expect(row.jurisdiction).toBe("US-CA");
    expect(row.dueDate).toBe("2026-11-30");
    expect(row.extendedDueDate ?? null).toBeNull();

    const done = await waitForRequestStatus(filed.id, "completed");
    expect(done.outcome).toBe("completed");
    expect(await shop("select sale_opt_out, limit_sensitive from shop.customers where id = $1", [customer.id])).toEqual(
      [{ sale_opt_out: true, limit_sensitive: false }],
    );
    const mail = await waitForMail(customer.email, /complete/i);
    expect(mail.text).toContain("no longer sell or share");
    // No verification mail was ever sent: the acknowledgement and the completion only.
    const all = await listDevMail(db(), { to: customer.email });
    expect(all.some((m) => /confirm your e-mail|code/i.test(m.subject))).toBe(false);
  });

  it("limit_sensitive sets its own flag, and a second run of the plan changes nothing", async () => {
    const customer = await freshShopCustomer(1);
    const filed = await submitRequest(
      { type: "limit_sensitive", email: customer.email, fullName: "Shop Customer", locale: "fr" },
      { channel: "portal", actor: { type: "subject" } },
    );
    await waitForRequestStatus(filed.id, "completed");
    expect(await shop("select limit_sensitive from shop.customers where id = $1", [customer.id])).toEqual([
      { limit_sensitive: true },
    ]);
    const mail = await waitForMail(customer.email, /traitée|terminée|complète/i);
    expect(mail.text).toContain("informations personnelles sensibles");
    // The step run again (a redelivered job) finds the flag set and changes no row.
    expect(await setOptOutFlag(pool(), demoShopDataset, { email: customer.email }, "limitSensitiveFlag")).toEqual({
      "shop.customers": 0,
    });
  });

  it("is refused for a resident of a place whose law has no such right (422 on type)", async () => {
    await expect(
      submitRequest(
        { type: "opt_out_sale", email: email("fr"), locale: "fr", jurisdiction: "FR" },
        { channel: "api", actor: { type: "subject" } },
      ),
    ).rejects.toMatchObject({ code: "right_not_granted", fields: { type: expect.any(String) } });
  });
});

describe("POST /api/v1/opt-outs (the company's site with an opt_outs:write key, GPC)", () => {
  it("refuses a call without a valid key (401), and a key without opt_outs:write (403 naming it)", async () => {
    const body = { email: email("noauth"), types: ["opt_out_sale"], gpc: true, locale: "en" };
    const res = await post(body, { authorization: "Bearer wrong" });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const other = await apiKeyWith(["requests:write", "requests:read"]);
    const refused = await post(body, { authorization: `Bearer ${other.secret}` });
    expect(refused.status).toBe(403);
    expect((await refused.json()) as Problem).toMatchObject({
      code: "forbidden",
      missingScopes: ["opt_outs:write"],
    });
    // Nothing was filed for that address.
    expect(await listDevMail(db(), { to: body.email })).toEqual([]);
  });

  it("applies the key's own rate limit: past its calls per minute, 429 with Retry-After", async () => {
    const key = await apiKeyWith(["opt_outs:write"], { rateLimitPerMinute: 2 });
    const to = email("limit");
    const codes: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await post(
        { email: to, types: ["opt_out_sale"], gpc: false, locale: "en" },
        { authorization: `Bearer ${key.secret}` },
      );
      codes.push(last.status);
    }
    expect(codes).toEqual([202, 202, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await last!.json()) as Problem).code).toBe("rate_limited");
  });

  it("answers 400 naming each bad field (problem details)", async () => {
    const res = await post({ email: "not-an-address", types: ["sell_everything"], gpc: "yes", locale: "de" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Problem;
    expect(body.code).toBe("invalid_request");
    expect(body.errors!.map((e) => e.field)).toEqual(expect.arrayContaining(["email", "types.0", "gpc", "locale"]));
    const empty = await post({ email: email("empty"), types: [], gpc: true, locale: "en" });
    expect(((await empty.json()) as Problem).errors!.find((e) => e.field === "types")?.reason).toMatch(/at least one/);
  });

  it("files GPC-flagged opt-outs (recorded and audited), and a replay or a second call files nothing new", async () => {
    const to = email("gpc");
    const body = { email: to, types: ["opt_out_sale", "limit_sensitive"], gpc: true, locale: "en" };
    const res = await post(body, { "idempotency-key": `gpc-${to}` });
    expect(res.status).toBe(202);
    const first = (await res.json()) as { requests: { type: string; id: string; status: string; dueDate: string }[] };
    expect(first.requests.map((r) => [r.type, r.status])).toEqual([
      ["opt_out_sale", "new"],
      ["limit_sensitive", "new"],
    ]);
    const sale = first.requests[0]!;
    // Same person and type while the first is open (no key, at once, before the workers close it): the
    // open request, not a new one.
    const again = await post({ ...body, types: ["opt_out_sale"] });
    expect(((await again.json()) as typeof first).requests[0]!.id).toBe(sale.id);
    const row = (await findRequest(db(), { id: sale.id }))!;
    expect(row.channel).toBe("api");
    expect(decryptSubjectFields(row).specifics).toMatchObject({ gpc: true });
    // GPC concerns sale/sharing only (§ 7025): the sensitive-data limit is not marked as GPC.
    const limit = (await findRequest(db(), { id: first.requests[1]!.id }))!;
    expect(decryptSubjectFields(limit).specifics?.gpc).toBeUndefined();
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, sale.id), eq(auditLog.action, "request.submitted")));
    expect(audit!.payload).toMatchObject({ type: "opt_out_sale", gpc: true, channel: "api" });
    // Filed by the site's key: the audit names it.
    expect(audit!.actorType).toBe("api_key");
    const dpo = await testStaff("dpo");
    const ws = await loadWorkspace(sale.id, { id: dpo.id, role: "dpo" });
    expect(ws!.timeline.some((e) => e.kind === "event" && e.detail?.includes("Global Privacy Control signal"))).toBe(
      true,
    );

    const replay = await post(body, { "idempotency-key": `gpc-${to}` });
    expect(replay.status).toBe(202);
    expect(((await replay.json()) as typeof first).requests.map((r) => r.id)).toEqual(first.requests.map((r) => r.id));
    const mismatch = await post({ ...body, locale: "fr" }, { "idempotency-key": `gpc-${to}` });
    expect(mismatch.status).toBe(422);
  });
});
