import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db, type Db } from "@/lib/db/client";
import { monthlyVolumeByType, onTimeRateByMonth } from "@/lib/db/queries/dashboard";
import { recountMonthlyVolumeByType, recountOnTimeRateByMonth } from "@/lib/db/queries/dashboard-recount";
import { monthlyCountersTimeZone } from "@/lib/db/queries/monthly-aggregates";
import { rebuildDashboardMonths, rebuildDashboardMonthsIn } from "./rebuild-dashboard-months";

/**
 * The dashboard's months are the controller's calendar months: a request received on 31 January 2026 at
 * 23:30 UTC is February in Asia/Tokyo and January in America/Los_Angeles. Everything runs in one
 * transaction that is rolled back: the shared database (and the instance's workers, which keep the
 * counters in the configured zone) never see the zones this test sets. The rebuild's share lock keeps
 * other writers out of `requests` meanwhile, so the differences measured here are this test's rows alone.
 */
const TAG = `MON-${randomBytes(3).toString("hex").toUpperCase()}`;
const WINDOW = { now: new Date("2026-03-15T12:00:00Z"), months: 3 }; // January, February and March 2026
const NOW = new Date("2026-03-15T12:00:00Z");

type Figures = { volume: Map<string, number>; closed: Map<string, number>; onTime: Map<string, number> };

async function figures(tx: Db): Promise<Figures> {
  const volume = new Map<string, number>();
  for (const r of await monthlyVolumeByType(tx, WINDOW)) if (r.type === "portability") volume.set(r.month, r.n);
  const closed = new Map<string, number>();
  const onTime = new Map<string, number>();
  for (const r of await onTimeRateByMonth(tx, WINDOW)) {
    closed.set(r.month, r.closed);
    onTime.set(r.month, Math.round(r.onTimeRate * r.closed));
  }
  return { volume, closed, onTime };
}

/** What this test's rows added to each month, against figures read before they existed. */
function added(before: Figures, after: Figures) {
  const diff = (a: Map<string, number>, b: Map<string, number>) =>
    Object.fromEntries(
      ["2026-01", "2026-02", "2026-03"]
        .map((m) => [m, (b.get(m) ?? 0) - (a.get(m) ?? 0)] as const)
        .filter(([, n]) => n !== 0),
    );
  return {
    volume: diff(before.volume, after.volume),
    closed: diff(before.closed, after.closed),
    onTime: diff(before.onTime, after.onTime),
  };
}

/** A portability request of this test, received (and closed) at the given instants, due on `due`. */
async function insertRequest(tx: Db, n: number, receivedAt: string, closed?: { at: string; due: string }) {
  const due = closed?.due ?? "2026-03-31";
  await tx.execute(sql`
    insert into requests (id, reference, type, status, jurisdiction, regime, controller_country, controller_time_zone,
                          channel, locale, email_enc, full_name_enc, email_bidx, received_at, first_due_date, due_date, closed_at)
    values (gen_random_uuid(), ${`${TAG}-${n}`}, 'portability', ${closed ? "completed" : "in_progress"}, 'FR', 'GDPR', 'FR',
            'Europe/Paris', 'portal', 'en', 'x', 'x', md5(${`${TAG}-${n}`}), ${receivedAt}::timestamptz, ${due}::date,
            ${due}::date, ${closed?.at ?? null}::timestamptz)`);
}

async function lastRebuildEntry(tx: Db) {
  const { rows } = await tx.execute<{ actor_type: string; payload: Record<string, unknown> }>(sql`
    select actor_type, payload from audit_log where action = 'dashboard.months_rebuilt' order by seq desc limit 1`);
  return rows[0];
}

class RolledBack extends Error {}

afterAll(async () => {
  await closeDb();
});

describe("dashboard months in the controller's time zone", () => {
  it("count requests either side of a month boundary in the calendar of the zone, and rebuild when it changes", async () => {
    const configured = await monthlyCountersTimeZone(db());
    await db()
      .transaction(async (tx) => {
        // The figures before this test's rows, in each zone (the rebuilds lock out other writers from here on).
        if (configured === "America/Los_Angeles") await rebuildDashboardMonthsIn(tx, { timeZone: "UTC", now: NOW });
        await rebuildDashboardMonthsIn(tx, { timeZone: "Asia/Tokyo", now: NOW });
        const tokyoBefore = await figures(tx);
        const toLa = await rebuildDashboardMonthsIn(tx, { timeZone: "America/Los_Angeles", now: NOW });
        expect(toLa).toMatchObject({ rebuilt: true, from: "Asia/Tokyo", to: "America/Los_Angeles" });
        expect(await lastRebuildEntry(tx)).toMatchObject({
          actor_type: "system",
          payload: { from: "Asia/Tokyo", to: "America/Los_Angeles", requests: toLa.rebuilt ? toLa.requests : -1 },
        });
        const laBefore = await figures(tx);

        // Counted by the triggers, in Los Angeles' months.
        // Received: Tokyo 1 Feb 08:30, LA 31 Jan 15:30. Closed: Tokyo 1 Mar, LA 28 Feb; late (1 March in its own zone, Paris).
        await insertRequest(tx, 1, "2026-01-31T23:30:00Z", { at: "2026-02-28T23:30:00Z", due: "2026-02-28" });
        await insertRequest(tx, 2, "2026-01-31T14:00:00Z"); // Tokyo 23:00 on 31 Jan; LA 06:00 on 31 Jan
        await insertRequest(tx, 3, "2026-02-01T06:00:00Z", { at: "2026-02-10T10:00:00Z", due: "2026-03-01" }); // Tokyo: 1 Feb; LA: 31 Jan 22:00
        await insertRequest(tx, 4, "2026-02-01T09:00:00Z"); // Tokyo and LA: 1 Feb
        expect(added(laBefore, await figures(tx))).toEqual({
          volume: { "2026-01": 3, "2026-02": 1 },
          closed: { "2026-02": 2 },
          onTime: { "2026-02": 1 },
        });

        // The controller moves to Tokyo: the rebuild puts the same rows in Tokyo's months.
        const toTokyo = await rebuildDashboardMonthsIn(tx, { timeZone: "Asia/Tokyo", now: NOW });
        expect(toTokyo).toMatchObject({ rebuilt: true, from: "America/Los_Angeles", to: "Asia/Tokyo" });
        expect(await lastRebuildEntry(tx)).toMatchObject({
          payload: { from: "America/Los_Angeles", to: "Asia/Tokyo" },
        });
        expect(await monthlyCountersTimeZone(tx)).toBe("Asia/Tokyo");
        expect(added(tokyoBefore, await figures(tx))).toEqual({
          volume: { "2026-01": 1, "2026-02": 3 },
          closed: { "2026-02": 1, "2026-03": 1 },
          onTime: { "2026-02": 1 },
        });

        // Run twice: nothing to do, nothing audited.
        const seq = await tx.execute<{ n: number }>(
          sql`select count(*)::int as n from audit_log where action = 'dashboard.months_rebuilt'`,
        );
        expect(await rebuildDashboardMonthsIn(tx, { timeZone: "Asia/Tokyo", now: NOW })).toMatchObject({
          rebuilt: false,
        });
        expect(
          (
            await tx.execute<{ n: number }>(
              sql`select count(*)::int as n from audit_log where action = 'dashboard.months_rebuilt'`,
            )
          ).rows[0]!.n,
        ).toBe(seq.rows[0]!.n);

        // After the rebuild the triggers count in Tokyo's months: a new request and a closing moved across the boundary.
        await insertRequest(tx, 5, "2026-02-28T16:00:00Z"); // Tokyo: 1 March 01:00
        await tx.execute(sql`update requests set closed_at = '2026-02-28T12:00:00Z' where reference = ${`${TAG}-1`}`); // Tokyo: 28 Feb 21:00, on its due date (Paris: 28 Feb)
        expect(added(tokyoBefore, await figures(tx))).toEqual({
          volume: { "2026-01": 1, "2026-02": 3, "2026-03": 1 },
          closed: { "2026-02": 2 },
          onTime: { "2026-02": 2 },
        });
        // And the counters still equal a count of the rows in that calendar.
        expect(await monthlyVolumeByType(tx, WINDOW)).toEqual(await recountMonthlyVolumeByType(tx, WINDOW));
        expect(await onTimeRateByMonth(tx, WINDOW)).toEqual(await recountOnTimeRateByMonth(tx, WINDOW));
        throw new RolledBack();
      })
      .catch((e: unknown) => {
        if (!(e instanceof RolledBack)) throw e;
      });
    // Nothing of it was committed.
    expect(await monthlyCountersTimeZone(db())).toBe(configured);
    const left = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from requests where reference like ${`${TAG}-%`}`,
    );
    expect(left.rows[0]!.n).toBe(0);
  });

  it("does nothing, and writes nothing, when the counters are already in the controller's zone", async () => {
    const zone = await monthlyCountersTimeZone(db());
    expect(await rebuildDashboardMonths({ timeZone: zone })).toEqual({ rebuilt: false, from: zone, to: zone });
  });
});
