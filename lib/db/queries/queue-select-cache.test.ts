import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import * as schema from "../schema";
import { queuePageQuery, type QueueFilters } from "./queue";
import { queueSelect } from "./queue-select-cache";

// Only SQL is built (never sent); the due filters read the controller's zone from the environment.
vi.hoisted(() => {
  const key = Buffer.alloc(32, 7).toString("base64");
  for (const [name, value] of Object.entries({
    DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
    REDIS_URL: "redis://127.0.0.1:1",
    SMTP_URL: "smtp://127.0.0.1:1",
    AUTH_SECRET: "x".repeat(43),
    DATA_ENCRYPTION_KEYS: `k1:${key}`,
    BLIND_INDEX_KEY: key,
    CONTROLLER_TIME_ZONE: "Europe/Paris",
  }))
    process.env[name] ??= value;
});

// Never connects.
const db = drizzle(new pg.Pool({ connectionString: "postgres://nobody@127.0.0.1:1/none" }), { schema });
const viewer = "11111111-1111-4111-8111-111111111111";
const open: QueueFilters = { status: "open", sort: "due" };
const FILTERS: QueueFilters[] = [
  open,
  { status: "new", sort: "due" },
  { status: "all", sort: "received" },
  { ...open, type: "erasure" },
  { ...open, due: "overdue" },
  { ...open, due: "week" },
  { ...open, assignee: "me" },
  { ...open, assignee: "unassigned" },
  { ...open, assignee: "22222222-2222-4222-8222-222222222222" },
  { ...open, jurisdiction: "US-CA" },
  { ...open, regime: "GDPR", dueBefore: "2027-01-01", channel: "portal" },
  { ...open, reference: "DSR-2026-000001" },
  { ...open, emailBidx: ["a", "b"] },
  { ...open, nameTokens: [["x1", "x2"], ["y1"]] },
  { status: "in_review", sort: "received", type: "access", due: "week", assignee: "unassigned" },
];

describe("queueSelect", () => {
  it("gives what a fresh drizzle build gives, for every filter, first page and keyset pages", () => {
    const now = new Date("2026-12-01T23:59:30Z");
    for (const filters of FILTERS) {
      for (const limit of [50, 100]) {
        const cursors = [
          null,
          filters.sort === "due"
            ? { key: "2027-01-02", id: "33333333-3333-4333-8333-333333333333" }
            : { key: "2026-11-30T10:00:00.000Z", id: "33333333-3333-4333-8333-333333333333" },
          filters.sort === "due"
            ? { key: "2027-02-03", id: "44444444-4444-4444-8444-444444444444" }
            : { key: "2026-10-01T08:00:00.000Z", id: "44444444-4444-4444-8444-444444444444" },
        ];
        for (const after of cursors) {
          const fresh = queuePageQuery(db, { filters, viewerId: viewer, now, after, limit }).toSQL();
          // Twice: the first builds, the second comes from the cache.
          for (let i = 0; i < 2; i++) {
            const got = queueSelect(db, { filters, viewerId: viewer, now, after, limit });
            expect(got.sql).toBe(fresh.sql);
            expect(got.params).toEqual(fresh.params);
          }
        }
      }
    }
  });

  it("keys 'assigned to me' by the viewer and the due filters by the minute", () => {
    const now = new Date("2026-12-01T23:59:30Z");
    const other = "55555555-5555-4555-8555-555555555555";
    const mine = queueSelect(db, { filters: { ...open, assignee: "me" }, viewerId: other, now, limit: 50 });
    expect(mine.params).toContain(other);
    // 30 s later it is the next day in UTC: a new minute, so a new build with the new date.
    const later = new Date("2026-12-02T00:00:00Z");
    const overdue = queueSelect(db, { filters: { ...open, due: "overdue" }, viewerId: viewer, now: later, limit: 50 });
    const fresh = queuePageQuery(db, {
      filters: { ...open, due: "overdue" },
      viewerId: viewer,
      now: later,
      limit: 50,
    }).toSQL();
    expect(overdue.params).toEqual(fresh.params);
  });

  it("does not hand out its cached values for a caller to change", () => {
    const after = { key: "2027-01-02", id: "33333333-3333-4333-8333-333333333333" };
    const a = queueSelect(db, { filters: open, viewerId: viewer, now: new Date(), after, limit: 50 });
    a.params[a.params.length - 1] = "changed";
    const b = queueSelect(db, { filters: open, viewerId: viewer, now: new Date(), after, limit: 50 });
    expect(b.params[b.params.length - 1]).toBe(after.id);
  });
});
