import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import { apiKeyWith, callApi } from "@/scripts/test-support/api-client";
import { bulkInsertRequests } from "@/scripts/test-support/bulk-requests";
import { staffWithSession } from "@/scripts/test-support/staff-session";
import { GET as getOne } from "./[id]/route";
import { POST as postTransition } from "./[id]/transitions/route";
import { GET as list } from "./route";
import { POST as createStaffChannel } from "./staff-channel/route";

type Summary = { id: string; dueDate: string };
let secret: string;
// A real regime: the filter refuses codes no law has. The requests are the only ones assigned to a staff
// member made for this file, so regime + assignee finds exactly them.
const regime = "US_OR";
let assignee: string;
let inserted: string[];

beforeAll(async () => {
  secret = (await apiKeyWith(["requests:read", "requests:write", "requests:transition"])).secret;
  assignee = (await staffWithSession("agent", "Paging Agent")).id;
  inserted = await bulkInsertRequests({ count: 1000, regime, assigneeId: assignee, days: 9 });
});
afterAll(closeDb);

async function pageThrough(limit: number): Promise<{ ids: string[]; pages: number; dueDates: string[] }> {
  const ids: string[] = [];
  const dueDates: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const qs: string = `regime=${regime}&assignee=${assignee}&status=completed&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const res = await callApi(list, { path: `/api/v1/requests?${qs}`, secret });
    expect(res.status).toBe(200);
    const data = res.json.data as Summary[];
    expect(data.length).toBeLessThanOrEqual(limit);
    ids.push(...data.map((r) => r.id));
    dueDates.push(...data.map((r) => r.dueDate));
    cursor = res.json.nextCursor as string | null;
    pages++;
  } while (cursor);
  return { ids, pages, dueDates };
}

describe("cursor paging", () => {
  it("walks 1,000 requests in pages of 200 and of 137: each once, none missing, in due-date order", async () => {
    for (const limit of [200, 137]) {
      const { ids, pages, dueDates } = await pageThrough(limit);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...inserted].sort());
      expect(pages).toBe(Math.ceil(1000 / limit));
      expect([...dueDates].sort()).toEqual(dueDates);
    }
  });

  it("filters by due date and overdue with the queue's definitions", async () => {
    const res = await callApi(list, {
      path: `/api/v1/requests?regime=${regime}&assignee=${assignee}&status=all&dueBefore=2000-01-01`,
      secret,
    });
    expect(res.json).toEqual({ data: [], nextCursor: null });
    const overdue = await callApi(list, {
      path: `/api/v1/requests?regime=${regime}&assignee=${assignee}&overdue=true`,
      secret,
    });
    expect(overdue.status).toBe(200);
    expect(overdue.json.data).toEqual([]);
  });
});

describe("validation errors: 400 problem details with each field and its reason", () => {
  type Problem = { status: number; contentType: string | null; errors?: { field: string; reason: string }[] };
  const problem = (r: Awaited<ReturnType<typeof callApi>>): Problem & Record<string, unknown> => ({
    ...r.json,
    status: r.status,
    contentType: r.headers.get("content-type"),
  });

  it("refuses bad query parameters and a forged cursor", async () => {
    const res = problem(
      await callApi(list, { path: "/api/v1/requests?limit=500&status=lost&assignee=me&dueBefore=2026-13-45", secret }),
    );
    expect(res).toMatchObject({
      status: 400,
      contentType: "application/problem+json",
      code: "invalid_request",
      instance: "/api/v1/requests",
    });
    const fields = res.errors!.map((e) => e.field).sort();
    expect(fields).toEqual(["assignee", "dueBefore", "limit", "status"]);
    expect(res.errors).toContainEqual({ field: "limit", reason: "must be at most 200" });
    // Shaped like a date but none: refused here, not left for the database to reject (it was a 500).
    expect(res.errors).toContainEqual({ field: "dueBefore", reason: "must be a date (YYYY-MM-DD)" });
    // An unknown regime is refused, not answered with an empty page; a real one in lower case too.
    for (const code of ["XX", "gdpr", "US_ZZ"]) {
      const unknown = problem(await callApi(list, { path: `/api/v1/requests?regime=${code}`, secret }));
      expect(unknown, code).toMatchObject({ status: 400, contentType: "application/problem+json" });
      expect(unknown.errors, code).toEqual([
        { field: "regime", reason: expect.stringMatching(/^must be one of GDPR, /) },
      ]);
    }
    const forged = problem(await callApi(list, { path: "/api/v1/requests?cursor=bm9wZQ", secret }));
    expect(forged).toMatchObject({
      status: 400,
      errors: [{ field: "cursor", reason: "is not a cursor returned by this API" }],
    });
  });

  it("refuses a bad staff-channel request and a receipt in the future or before 2000", async () => {
    const path = "/api/v1/requests/staff-channel";
    const bad = problem(
      await callApi(createStaffChannel, {
        path,
        secret,
        body: { type: "access", email: "nope", channel: "fax", locale: "en", fullName: "X", receivedAt: "yesterday" },
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.errors).toEqual(
      expect.arrayContaining([
        { field: "email", reason: "must be a valid e-mail address" },
        { field: "channel", reason: "choose phone, letter or email" },
        { field: "receivedAt", reason: "must be an ISO 8601 date and time" },
      ]),
    );
    const future = problem(
      await callApi(createStaffChannel, {
        path,
        secret,
        body: {
          type: "access",
          email: "a@example.net",
          channel: "phone",
          locale: "en",
          fullName: "X",
          receivedAt: "2999-01-01T00:00:00Z",
        },
      }),
    );
    expect(future).toMatchObject({ status: 400, errors: [{ field: "receivedAt", reason: "cannot be in the future" }] });
    for (const receivedAt of ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z"]) {
      const early = problem(
        await callApi(createStaffChannel, {
          path,
          secret,
          body: { type: "access", email: "a@example.net", channel: "letter", locale: "en", fullName: "X", receivedAt },
        }),
      );
      expect(early, receivedAt).toMatchObject({
        status: 400,
        errors: [{ field: "receivedAt", reason: "cannot be before 2000-01-01" }],
      });
    }
  });

  it("refuses an unknown transition and an unknown field", async () => {
    const id = inserted[0]!;
    const res = problem(
      await callApi(postTransition, {
        path: `/api/v1/requests/${id}/transitions`,
        secret,
        params: { id },
        body: { type: "claim", version: 1, colour: "red" },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.errors!.map((e) => e.field).sort()).toEqual(["_", "type"]);
  });

  it("names the field a transition lacks or gets wrong: the refusal's ground and text, the version", async () => {
    const created = await callApi(createStaffChannel, {
      path: "/api/v1/requests/staff-channel",
      secret,
      body: {
        type: "access",
        email: "field-errors@example.net",
        channel: "letter",
        locale: "en",
        fullName: "Field Errors",
        jurisdiction: "US-CA",
        receivedAt: new Date().toISOString(),
        identityMethod: "id_document",
      },
    });
    expect(created.status).toBe(201);
    const { id } = created.json.data as { id: string };
    const read = await callApi(getOne, { path: `/api/v1/requests/${id}`, secret, params: { id } });
    const { version } = read.json.data as { version: number };
    const transition = async (body: Record<string, unknown>) =>
      problem(
        await callApi(postTransition, { path: `/api/v1/requests/${id}/transitions`, secret, params: { id }, body }),
      );
    expect(await transition({ type: "refuse", version })).toMatchObject({
      status: 400,
      code: "reason_required",
      errors: [{ field: "reasonCode", reason: "choose a reason" }],
    });
    // Not a ground the CCPA has (GDPR art. 21's compelling legitimate grounds).
    expect(
      await transition({ type: "refuse", version, reasonCode: "compelling_grounds", reasonText: "x" }),
    ).toMatchObject({
      status: 400,
      errors: [{ field: "reasonCode", reason: "is not a ground of refusal under this law" }],
    });
    expect(await transition({ type: "refuse", version, reasonCode: "identity_not_verified" })).toMatchObject({
      status: 400,
      errors: [{ field: "reasonText", reason: "is required" }],
    });
    expect(await transition({ type: "extend", version })).toMatchObject({
      status: 400,
      errors: [{ field: "reason", reason: "is required" }],
    });
    for (const [bad, reason] of [
      ["x", "must be a whole number"],
      [1.5, "must be a whole number"],
      [-1, "must be at least 1"],
    ] as const)
      expect(await transition({ type: "start", version: bad }), String(bad)).toMatchObject({
        status: 400,
        errors: [{ field: "version", reason }],
      });
    expect(await transition({ type: "start" })).toMatchObject({
      status: 400,
      errors: [{ field: "version", reason: "is required" }],
    });
  });
});
