import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { REQUEST_STATUSES } from "@/lib/domain/vocabulary";
import { countQueueByStatus, recountQueueByStatus } from "./queue";
import { monthlyVolumeByType, onTimeRateByMonth, openKpis, workloadByAssignee } from "./dashboard";
import {
  recountMonthlyVolumeByType,
  recountOnTimeRateByMonth,
  recountOpenKpis,
  recountWorkloadByAssignee,
} from "./dashboard-recount";

/**
 * The counters and buckets that the `requests` triggers keep (migration 0023) must always equal a
 * count of the rows: after bulk inserts, a random sequence of transitions in and out of every status,
 * pauses, reassignments, due-date and zone changes, deletes, concurrent transactions and rolled-back
 * ones. Rows are written with SQL, as every code path (use cases, scripts, retention) ends up doing.
 */
const TAG = `AGG-${randomBytes(3).toString("hex").toUpperCase()}`;
const ZONES = ["Europe/Paris", "Europe/London", "America/Los_Angeles", "Asia/Tokyo", null] as const;
let staffIds: string[] = [];

// A small deterministic generator, so a failure can be replayed from its seed.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function insertRows(n: number, from: number) {
  await db().execute(sql`
    insert into requests (id, reference, type, status, jurisdiction, regime, controller_country, controller_time_zone,
                          channel, locale, email_enc, full_name_enc, email_bidx, received_at, first_due_date, due_date, assignee_id, paused_at,
                          closed_at)
    select gen_random_uuid(), ${TAG} || '-' || lpad(g::text, 6, '0'),
           (array['access','rectification','erasure','portability','restriction','objection'])[1 + (g % 6)]::request_type,
           (array['unverified','new','in_progress','awaiting_subject','in_review','completed','rejected','withdrawn'])[1 + (g % 8)]::request_status,
           'FR', 'GDPR', 'FR', (array['Europe/Paris','Europe/London','America/Los_Angeles',null])[1 + (g % 4)],
           'portal', 'en', 'x', 'x', md5(g::text || ${TAG}),
           now() - (g % 400) * interval '1 day', current_date + (g % 40) - 20, current_date + (g % 40) - 20,
           case when g % 3 = 0 then null else (${`{${staffIds.join(",")}}`}::uuid[])[1 + (g % 2)] end,
           case when g % 8 = 3 then now() else null end,
           case when g % 8 in (5, 6) then now() - (g % 300) * interval '1 day' - (g % 24) * interval '1 hour' end
    from generate_series(${from}::int, ${from + n - 1}::int) g`);
}

async function randomStep(next: () => number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const mod = 2 + Math.floor(next() * 9);
  const rest = Math.floor(next() * mod);
  const mine = sql`reference like ${`${TAG}-%`} and (substr(reference, length(reference) - 5)::int % ${mod}) = ${rest}`;
  const op = Math.floor(next() * 8);
  if (op === 0)
    await db().execute(sql`update requests set status = ${pick(REQUEST_STATUSES)}::request_status where ${mine}`);
  else if (op === 1)
    await db().execute(
      sql`update requests set paused_at = case when paused_at is null then now() else null end where ${mine}`,
    );
  else if (op === 2)
    await db().execute(sql`update requests set assignee_id = ${pick([...staffIds, null])}::uuid where ${mine}`);
  else if (op === 3)
    await db().execute(
      sql`update requests set due_date = due_date + ${Math.floor(next() * 21) - 10}::int where ${mine}`,
    );
  else if (op === 4) await db().execute(sql`update requests set controller_time_zone = ${pick(ZONES)} where ${mine}`);
  else if (op === 5) await db().execute(sql`delete from requests where ${mine} and status = 'withdrawn'`);
  else if (op === 6)
    // A transition that fails after its update: the counters roll back with it.
    await db()
      .transaction(async (tx) => {
        await tx.execute(sql`update requests set status = 'completed', closed_at = now() where ${mine}`);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
  else await db().execute(sql`update requests set email_bidx = md5(random()::text) where ${mine}`); // nets to zero
}

/**
 * Counters and recount read from one snapshot (repeatable read): other test files change requests on the
 * same database meanwhile, and a change between the two reads is not a disagreement.
 */
async function expectAggregatesEqualRecount() {
  await db().transaction(
    async (tx) => {
      expect(await countQueueByStatus(tx)).toEqual(await recountQueueByStatus(tx));
      // "Today" moves across midnight in some zones between these instants: the buckets follow it.
      for (const now of [new Date(), new Date(Date.now() + 9 * 3_600_000), new Date(Date.now() - 30 * 86_400_000)]) {
        expect(await openKpis(tx, { now })).toEqual(await recountOpenKpis(tx, { now }));
        const sorted = <T extends { assigneeId: string | null }>(rows: T[]) =>
          [...rows].sort((a, b) => (a.assigneeId ?? "").localeCompare(b.assigneeId ?? ""));
        expect(sorted(await workloadByAssignee(tx, { now }))).toEqual(
          sorted(await recountWorkloadByAssignee(tx, { now })),
        );
      }
      const months = { now: new Date(), months: 36 };
      expect(await monthlyVolumeByType(tx, months)).toEqual(await recountMonthlyVolumeByType(tx, months));
      expect(await onTimeRateByMonth(tx, months)).toEqual(await recountOnTimeRateByMonth(tx, months));
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

beforeAll(async () => {
  const hash = await hashPassword("unused-password");
  for (const role of ["agent", "dpo"] as const) {
    const u = await upsertStaff(db(), {
      email: `${role}.${randomBytes(3).toString("hex")}@agg.test`,
      name: `Agg ${role}`,
      role,
      passwordHash: hash,
    });
    staffIds.push(u.id);
  }
});
afterAll(async () => {
  await db().execute(sql`delete from requests where reference like ${`${TAG}-%`}`);
  await expectAggregatesEqualRecount();
  staffIds = [];
  await closeDb();
});

describe("maintained request aggregates", () => {
  it("equal a full recount after bulk inserts", async () => {
    await insertRows(500, 1);
    await expectAggregatesEqualRecount();
  });

  it("equal a full recount after a random sequence of transitions, sequential and concurrent", async () => {
    const next = rng(Number(process.env.AGG_SEED ?? 16));
    for (let i = 0; i < 60; i++) await randomStep(next);
    await expectAggregatesEqualRecount();
    // Concurrent transactions touching the same counters neither deadlock nor lose an update.
    for (let burst = 0; burst < 5; burst++) await Promise.all(Array.from({ length: 6 }, () => randomStep(next)));
    await insertRows(100, 1000);
    await expectAggregatesEqualRecount();
  });

  it("leave every status's counter where a count puts it after moving a row through all of them", async () => {
    const [row] = (
      await db().execute<{ id: string }>(sql`select id from requests where reference like ${`${TAG}-%`} limit 1`)
    ).rows;
    for (const status of [...REQUEST_STATUSES, ...[...REQUEST_STATUSES].reverse()]) {
      await db().execute(sql`update requests set status = ${status}::request_status where id = ${row!.id}::uuid`);
      expect(await countQueueByStatus(db())).toEqual(await recountQueueByStatus(db()));
    }
  });
});
