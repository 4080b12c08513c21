import { randomBytes, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { nameSearchIndexes } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { requestNameTokens } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { listQueuePage } from "./queue";
import { destroySubjectData } from "./retention";
import { listNameTokens, rebuildNameTokenBatch } from "./name-tokens";

afterAll(() => closeDb());

// A surname of its own per run, so other tests' requests never match and the search is exact.
const surname = `Dupont${randomBytes(3).toString("hex")}`;

async function search(q: string): Promise<string[]> {
  const page = await listQueuePage(db(), {
    filters: { status: "all", sort: "due", nameTokens: nameSearchIndexes(q) },
    viewerId: randomUUID(),
    now: new Date(),
  });
  return page.rows.map((r) => r.id);
}

describe("search by name (blind index over name tokens)", () => {
  it("finds Élodie by 'Élodie', 'elodie <surname>' and the surname alone; never stores the name", async () => {
    const { id } = await submitRequest(
      {
        type: "access",
        email: `elodie.${randomBytes(3).toString("hex")}@example.net`,
        fullName: `Élodie ${surname}-Lefèvre`,
        locale: "fr",
        jurisdiction: "FR",
      },
      { channel: "portal", actor: { type: "subject" } },
    );
    const other = await submitRequest(
      {
        type: "erasure",
        email: `marc.${randomBytes(3).toString("hex")}@example.net`,
        fullName: `Marc ${surname}`,
        locale: "fr",
        jurisdiction: "FR",
      },
      { channel: "portal", actor: { type: "subject" } },
    );

    expect(await search(`elodie ${surname.toLowerCase()}`)).toEqual([id]);
    expect(await search(`ÉLODIE ${surname}`)).toEqual([id]);
    expect((await search("Élodie")).includes(id)).toBe(true);
    expect((await search(surname)).sort()).toEqual([id, other.id].sort());
    expect(await search(`${surname} lefevre`)).toEqual([id]);
    expect(await search(`marc ${surname} lefevre`)).toEqual([]);

    // At rest: one 64-hex HMAC per token, none of them the token in clear or its plain SHA-256.
    const rows = await db().select().from(requestNameTokens).where(eq(requestNameTokens.requestId, id));
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.tokenHash).not.toContain("elodie");
      expect(r.tokenHash).not.toContain(surname.toLowerCase());
    }
    const { rows: plain } = await db().execute(
      sql`select 1 from request_name_tokens where token_hash in ('elodie', encode(sha256('elodie'::bytea), 'hex'))`,
    );
    expect(plain).toHaveLength(0);
  });

  it("the backfill writes the index of a request that has none, and a rerun changes nothing", async () => {
    const { id } = await submitRequest(
      {
        type: "access",
        email: `old.${randomBytes(3).toString("hex")}@example.net`,
        fullName: `Ancien ${surname}x`,
        locale: "fr",
        jurisdiction: "FR",
      },
      { channel: "portal", actor: { type: "subject" } },
    );
    const before = await listNameTokens(db(), { requestId: id });
    await db().delete(requestNameTokens).where(eq(requestNameTokens.requestId, id));
    expect(await search(`${surname}x`)).toEqual([]);
    // One batch starting just before this request's id walks it first.
    const after = (BigInt(`0x${id.replace(/-/g, "")}`) - 1n).toString(16).padStart(32, "0");
    const start = `${after.slice(0, 8)}-${after.slice(8, 12)}-${after.slice(12, 16)}-${after.slice(16, 20)}-${after.slice(20)}`;
    const first = await db().transaction((tx) => rebuildNameTokenBatch(tx, start, 1));
    expect(first.changed).toBe(1);
    expect(await listNameTokens(db(), { requestId: id })).toEqual(before);
    expect(await search(`ancien ${surname}x`)).toEqual([id]);
    const again = await db().transaction((tx) => rebuildNameTokenBatch(tx, start, 1));
    expect(again.changed).toBe(0);

    // Minimised with the request's subject data: the index goes too.
    await db().transaction((tx) => destroySubjectData(tx, { id, now: new Date() }));
    expect(await listNameTokens(db(), { requestId: id })).toEqual([]);
  });
});
