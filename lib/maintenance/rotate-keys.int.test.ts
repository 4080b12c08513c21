import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runMigrations } from "@/lib/db/migrate";

/**
 * Rotation rewrites every encrypted value of a database, so it runs on a database of its own (created
 * on the test server, migrated, dropped at the end), never on the one the running instance uses.
 * Each phase re-imports the product with the environment of that phase: the keys are read once per process.
 */
const k1 = `k1:${randomBytes(32).toString("base64")}`;
const k2 = `k2:${randomBytes(32).toString("base64")}`;
const bidx1 = randomBytes(32).toString("base64");
const bidx2 = randomBytes(32).toString("base64");
const dbName = `dsr_keys_${randomBytes(4).toString("hex")}`;
const serverUrl = process.env.DATABASE_URL!;
const url = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Imports the product afresh with these keys, runs `body`, closes its pool. */
async function withKeys<T>(
  keys: { data: string; blind: string; previous?: string },
  body: (m: Awaited<ReturnType<typeof load>>) => Promise<T>,
): Promise<T> {
  vi.resetModules();
  process.env.DATABASE_URL = url;
  process.env.DATA_ENCRYPTION_KEYS = keys.data;
  process.env.BLIND_INDEX_KEY = keys.blind;
  if (keys.previous) process.env.BLIND_INDEX_KEY_PREVIOUS = keys.previous;
  else delete process.env.BLIND_INDEX_KEY_PREVIOUS;
  const m = await load();
  try {
    return await body(m);
  } finally {
    await m.client.closeDb();
  }
}

async function load() {
  return {
    client: await import("@/lib/db/client"),
    intake: await import("@/lib/requests/intake/submit-request"),
    subject: await import("@/lib/requests/subject-fields"),
    messages: await import("@/lib/db/queries/messages"),
    exportsQ: await import("@/lib/db/queries/exports"),
    portal: await import("@/lib/db/queries/portal-status"),
    keys: await import("@/lib/crypto/env-keys"),
    rotation: await import("./rotate-keys"),
    rotationQ: await import("@/lib/db/queries/key-rotation"),
    nameTokens: await import("@/lib/db/queries/name-tokens"),
    queue: await import("@/lib/db/queries/queue"),
    schema: await import("@/lib/db/schema"),
    orm: await import("drizzle-orm"),
  };
}

let requestId = "";
let tokensUnderK1: string[] = [];

/** The queue's name search as the staff page runs it. */
async function findByName(m: Awaited<ReturnType<typeof load>>, q: string): Promise<string[]> {
  const page = await m.queue.listQueuePage(m.client.db(), {
    filters: { status: "all", sort: "due", nameTokens: m.keys.nameSearchIndexes(q) },
    viewerId: crypto.randomUUID(),
    now: new Date(),
  });
  return page.rows.map((r) => r.id);
}
let packageId = "";
const email = `rotate.${randomBytes(3).toString("hex")}@example.net`;

beforeAll(async () => {
  await admin(`create database ${dbName}`);
  await runMigrations(url);
});
afterAll(async () => {
  process.env.DATABASE_URL = serverUrl;
  await admin(`drop database if exists ${dbName} with (force)`);
});

describe("key rotation", () => {
  it("writes under k1, rotates to k2 (resumable), then works with only k2 and the new blind-index key", async () => {
    // 1. Written under k1 and the first blind-index key: a request (subject fields, its verification mail
    //    sealed in the outbox), a message, a package key.
    await withKeys({ data: k1, blind: bidx1 }, async (m) => {
      const r = await m.intake.submitRequest(
        { type: "access", email, fullName: "Rory Tate", locale: "en", jurisdiction: "FR", details: "old orders" },
        { channel: "portal", actor: { type: "subject" } },
      );
      requestId = r.id;
      tokensUnderK1 = await m.nameTokens.listNameTokens(m.client.db(), { requestId });
      expect(tokensUnderK1).toHaveLength(2);
      expect(await findByName(m, "rory TATE")).toEqual([requestId]);
      await m.messages.insertMessage(m.client.db(), { requestId, direction: "outbound", body: "Hello Rory" });
      packageId = (
        await m.exportsQ.insertPackage(m.client.db(), {
          id: crypto.randomUUID(),
          requestId,
          path: "none.bin",
          sha256: "0".repeat(64),
          sizeBytes: 0,
          expiresAt: new Date(Date.now() + 86_400_000),
          maxDownloads: 5,
          key: Buffer.alloc(32, 7),
          recordCounts: {},
          exclusions: [],
          approvedAt: null,
        })
      ).id;
    });

    // 2. New keys first, old ones kept: look-ups match the old index until the rebuild.
    await withKeys({ data: `${k2},${k1}`, blind: bidx2, previous: bidx1 }, async (m) => {
      const found = await m.portal.listLinkableRequestsByEmailIndex(m.client.db(), {
        emailBidx: m.keys.emailIndexes(email),
        closedSince: new Date(),
        limit: 5,
      });
      expect(found.map((f) => f.id)).toEqual([requestId]);
      // The name search too matches the index under the previous key until the rebuild.
      expect(await findByName(m, "Rory")).toEqual([requestId]);

      // Two batches, then "killed": the progress row says where it stopped; the next run resumes.
      const partial = await m.rotation.rotateKeys({ batchSize: 1, maxBatches: 2 });
      expect(partial.dataKeys.finished).toBe(false);
      const seen: string[] = [];
      const done = await m.rotation.rotateKeys({ batchSize: 1, onProgress: (p) => seen.push(`${p.task}:${p.table}`) });
      expect(done.dataKeys).toMatchObject({ finished: true, target: "k2" });
      expect(done.blindIndex.finished).toBe(true);
      // e-mail, name, details; the message; the package key; the sealed verification mail (outbox), and
      // the mail log's recipient and sealed message (mail_deliveries).
      expect(done.dataKeys.done).toBe(8);
      expect(seen).toContain("rotate-data-keys:outbox");

      // Every value at rest is now under k2; no table with an `_enc` column is left out of the list.
      const { rows } = await m.client.pool().query<{ table_name: string; column_name: string }>(
        `select table_name, column_name from information_schema.columns
         where table_schema = 'public' and column_name like '%\\_enc'`,
      );
      const listed = new Set(m.rotationQ.ENCRYPTED_TABLES.flatMap((t) => t.columns.map((c) => `${t.table}.${c.name}`)));
      for (const r of rows)
        expect(listed, `${r.table_name}.${r.column_name}`).toContain(`${r.table_name}.${r.column_name}`);
      for (const r of rows) {
        const stale = await m.client
          .pool()
          .query(
            `select 1 from "${r.table_name}" where "${r.column_name}" like 'v1.%' and "${r.column_name}" not like 'v1.k2.%'`,
          );
        expect(stale.rowCount, `${r.table_name}.${r.column_name}`).toBe(0);
      }
      const sealed = await m.client
        .pool()
        .query(`select 1 from outbox where payload ? 'sealed' and payload->>'sealed' not like 'v1.k2.%'`);
      expect(sealed.rowCount).toBe(0);
    });

    // 3. Only k2 and the new blind-index key configured: everything still reads, look-ups still find.
    await withKeys({ data: k2, blind: bidx2 }, async (m) => {
      const { eq } = m.orm;
      const [row] = await m.client.db().select().from(m.schema.requests).where(eq(m.schema.requests.id, requestId));
      expect(m.subject.decryptSubjectFields(row!)).toMatchObject({
        email,
        fullName: "Rory Tate",
        details: "old orders",
      });
      const messages = await m.messages.listMessages(m.client.db(), { requestId });
      expect(messages.map((x) => x.body)).toEqual(["Hello Rory"]);
      const [pkg] = await m.client.db().select().from(m.schema.exports).where(eq(m.schema.exports.id, packageId));
      expect(m.exportsQ.packageKey(pkg!)).toEqual(Buffer.alloc(32, 7));
      const outbox = await m.client.db().select().from(m.schema.outbox);
      const mail = outbox.find((o) => (o.payload as { sealed?: string }).sealed);
      expect(m.keys.unsealJson((mail!.payload as { sealed: string }).sealed)).toMatchObject({ to: email });

      expect(m.keys.emailIndexes(email)).toHaveLength(1);
      // The name index was rebuilt under the new key: other hashes, still found, still two tokens.
      const tokens = await m.nameTokens.listNameTokens(m.client.db(), { requestId });
      expect(tokens).toHaveLength(2);
      expect(tokens.filter((t) => tokensUnderK1.includes(t))).toEqual([]);
      expect(await findByName(m, "tate")).toEqual([requestId]);
      const found = await m.portal.listLinkableRequestsByEmailIndex(m.client.db(), {
        emailBidx: m.keys.emailIndexes(email),
        closedSince: new Date(),
        limit: 5,
      });
      expect(found.map((f) => f.id)).toEqual([requestId]);
      // Finished for these keys: a second run changes nothing.
      const again = await m.rotation.rotateKeys();
      expect(again.dataKeys).toMatchObject({ finished: true, done: expect.any(Number) });
    });
  });
});
