import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "@/lib/audit/append";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { listAuditPage } from "@/lib/db/queries/audit-log";
import { auditActorsMatching } from "@/lib/db/queries/audit-targets";
import { upsertStaff } from "@/lib/db/queries/staff";
import { apiKeyWith } from "@/scripts/test-support/api-client";

/** The audit page's "who acted" text (issue 16): resolved to staff and API keys, then the entries they wrote. */

const tag = randomBytes(4).toString("hex");
let alice: { id: string };
let bob: { id: string };
let key: { id: string };

beforeAll(async () => {
  const passwordHash = await hashPassword("unused-password");
  alice = await upsertStaff(db(), { email: `a-${tag}@t.test`, name: `Alice ${tag}`, role: "agent", passwordHash });
  bob = await upsertStaff(db(), { email: `bob-${tag}@t.test`, name: `Bob ${tag}`, role: "dpo", passwordHash });
  key = await apiKeyWith(["requests:read"], { name: `Sync ${tag}` });
  await db().transaction(async (tx) => {
    for (const actor of [
      { type: "staff", id: alice.id },
      { type: "staff", id: bob.id },
      { type: "api_key", id: key.id },
      { type: "system", id: null },
    ] as const)
      await appendAudit(tx, { actor, action: "staff.signed_in", payload: { tag } });
  });
});
afterAll(() => closeDb());

const idsOf = (m: Awaited<ReturnType<typeof auditActorsMatching>>) => ({
  staff: m.staff.map((s) => s.id).sort(),
  apiKeys: m.apiKeys.map((k) => k.id),
});

describe("resolving the text typed as who acted", () => {
  it("matches staff names and e-mails and API key names, in part and whatever the case", async () => {
    expect(idsOf(await auditActorsMatching(db(), { term: tag }))).toEqual({
      staff: [alice.id, bob.id].sort(),
      apiKeys: [key.id],
    });
    expect(idsOf(await auditActorsMatching(db(), { term: `ALICE ${tag}` }))).toEqual({
      staff: [alice.id],
      apiKeys: [],
    });
    expect(idsOf(await auditActorsMatching(db(), { term: ` bob-${tag}@T.TEST ` }))).toEqual({
      staff: [bob.id],
      apiKeys: [],
    });
    expect(idsOf(await auditActorsMatching(db(), { term: `sync ${tag}` }))).toEqual({ staff: [], apiKeys: [key.id] });
  });

  it("takes % and _ literally: they match nothing here", async () => {
    expect(idsOf(await auditActorsMatching(db(), { term: `%${tag}` }))).toEqual({ staff: [], apiKeys: [] });
    expect(idsOf(await auditActorsMatching(db(), { term: `Alice_${tag}` }))).toEqual({ staff: [], apiKeys: [] });
  });
});

describe("the audit page filtered by the actors found", () => {
  const ours = <R extends { payload: unknown }>(rows: R[]) =>
    rows.filter((r) => (r.payload as { tag?: string }).tag === tag);

  it("lists the entries of every actor found, and only theirs", async () => {
    const found = await auditActorsMatching(db(), { term: `alice ${tag}` });
    const ids = [...found.staff, ...found.apiKeys].map((a) => a.id);
    const page = await listAuditPage(db(), { filters: { actors: { ids: [...ids, key.id], types: [] } } });
    expect(page.rows.every((r) => r.actorId === alice.id || r.actorId === key.id)).toBe(true);
    expect(
      ours(page.rows)
        .map((r) => r.actorType)
        .sort(),
    ).toEqual(["api_key", "staff"]);
  });

  it("adds the system when it is named, and nothing matches when nobody was found", async () => {
    const page = await listAuditPage(db(), { filters: { actors: { ids: [bob.id], types: ["system"] } } });
    expect(page.rows.every((r) => r.actorId === bob.id || r.actorType === "system")).toBe(true);
    expect(
      ours(page.rows)
        .map((r) => r.actorType)
        .sort(),
    ).toEqual(["staff", "system"]);
    expect((await listAuditPage(db(), { filters: { actors: { ids: [], types: [] } } })).rows).toEqual([]);
  });
});
