import { spawnSync } from "node:child_process";
import type pg from "pg";
import type { BurstResult } from "./burst";

/** The figures printed for one scenario; `problems` lists every broken promise (empty = passed). */
export interface Figures {
  scenario: string;
  sent: number;
  accepted: number;
  stored: number;
  mailed: number;
  duplicates: number;
  unavailable: number;
  serverErrors: number;
  networkErrors: number;
  seconds: number;
  problems: string[];
  notes: string[];
}

/** A query that retries while the database is coming back (the suite restarts it). */
export async function q<T extends pg.QueryResultRow>(pool: pg.Pool, sql: string, params: unknown[] = []) {
  let last: unknown;
  for (let i = 0; i < 60; i++) {
    try {
      return (await pool.query<T>(sql, params)).rows;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw last as Error;
}

/** Mails received by the sink per recipient, for these addresses. */
export async function mailCounts(pool: pg.Pool, emails: string[]): Promise<Map<string, number>> {
  const rows = await q<{ r: string; n: number }>(
    pool,
    `select r, count(*)::int as n from dev_mail_messages, unnest(recipients) r where r = any($1) group by r`,
    [emails],
  );
  return new Map(rows.map((x) => [x.r, x.n]));
}

/**
 * Waits (up to `timeoutMs`) until every accepted submission got its mail, waits `graceMs` more for a
 * late duplicate, then checks: stored, mailed exactly once, no 500, every 503 with Retry-After, the web
 * answering throughout.
 */
export async function settleBurst(
  pool: pg.Pool,
  scenario: string,
  r: BurstResult,
  began: number,
  opts: { timeoutMs?: number; graceMs?: number; expectUnavailable?: boolean } = {},
): Promise<Figures> {
  const emails = r.accepted.map((a) => a.email);
  const until = Date.now() + (opts.timeoutMs ?? 90_000);
  let counts = await mailCounts(pool, emails);
  while (counts.size < emails.length && Date.now() < until) {
    await new Promise((res) => setTimeout(res, 1_000));
    counts = await mailCounts(pool, emails);
  }
  await new Promise((res) => setTimeout(res, opts.graceMs ?? 4_000));
  counts = await mailCounts(pool, emails);
  const stored = await q<{ n: number }>(pool, `select count(*)::int as n from requests where id = any($1::uuid[])`, [
    r.accepted.map((a) => a.id),
  ]);
  const duplicates = [...counts.values()].filter((n) => n > 1).length;
  const f: Figures = {
    scenario,
    sent: r.sent,
    accepted: r.accepted.length,
    stored: stored[0]!.n,
    mailed: counts.size,
    duplicates,
    unavailable: r.unavailable,
    serverErrors: r.serverErrors,
    networkErrors: r.networkErrors,
    seconds: (Date.now() - began) / 1000,
    problems: [],
    notes: [],
  };
  if (f.accepted === 0) f.problems.push("no submission was accepted");
  if (f.stored !== f.accepted) f.problems.push(`${f.accepted - f.stored} accepted requests not stored`);
  if (f.mailed !== f.accepted) {
    const missing = emails.filter((e) => !counts.has(e));
    const states = await q<{ status: string; n: number; err: string | null }>(
      pool,
      `select status, count(*)::int as n, max(last_error) as err from mail_deliveries where request_id = any($1::uuid[])
       and status <> 'sent' group by status`,
      [r.accepted.filter((a) => missing.includes(a.email)).map((a) => a.id)],
    );
    f.problems.push(
      `${f.accepted - f.mailed} accepted requests never mailed (e.g. ${missing[0]}; their mail_deliveries: ${
        states.map((s) => `${s.n} ${s.status}${s.err ? ` "${s.err.slice(0, 80)}"` : ""}`).join(", ") || "none"
      })`,
    );
  }
  if (duplicates > 0) f.problems.push(`${duplicates} recipients got their mail more than once`);
  if (r.serverErrors > 0)
    f.problems.push(`${r.serverErrors} × 5xx other than 503: ${r.serverErrorSamples.join(" | ")}`);
  if (r.unavailableWithoutRetryAfter > 0)
    f.problems.push(`${r.unavailableWithoutRetryAfter} × 503 without Retry-After`);
  if (r.networkErrors > 0)
    f.problems.push(`${r.networkErrors} submissions met no server: ${r.networkErrorSamples.join(", ")}`);
  if (opts.expectUnavailable && r.unavailable === 0) f.notes.push("no 503 seen: the outage fell between submissions");
  // Evidence the fault reached the mail path: deliveries tried more than once or re-queued by the sweep.
  const [tries] = await q<{ retried: number; requeued: number }>(
    pool,
    `select count(*) filter (where attempts > 1)::int as retried, count(*) filter (where requeues > 0)::int as requeued
     from mail_deliveries where request_id = any($1::uuid[])`,
    [r.accepted.map((a) => a.id)],
  );
  f.notes.push(`mail deliveries tried more than once: ${tries!.retried}, re-queued by the sweep: ${tries!.requeued}`);
  const others = Object.entries(r.other);
  if (others.length > 0) f.notes.push(`other answers: ${others.map(([s, n]) => `${n} × ${s}`).join(", ")}`);
  return f;
}

/** `npm run audit:verify` against the suite's database: its output and whether it passed. */
export function auditVerify(databaseUrl: string): { ok: boolean; output: string } {
  const res = spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DSR_RUNTIME_ENV: "/nonexistent" },
    encoding: "utf8",
  });
  return { ok: res.status === 0, output: `${res.stdout}${res.stderr}`.trim() };
}

export function printFigures(all: Figures[]): void {
  const head = ["scenario", "sent", "accepted", "stored", "mailed", "dupl.", "503", "5xx", "no-conn", "s"];
  const rows = all.map((f) => [
    f.scenario,
    f.sent,
    f.accepted,
    f.stored,
    f.mailed,
    f.duplicates,
    f.unavailable,
    f.serverErrors,
    f.networkErrors,
    f.seconds.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join("  ");
  process.stdout.write(`\n${line(head)}\n`);
  for (const [i, f] of all.entries()) {
    process.stdout.write(`${line(rows[i]!)}  ${f.problems.length === 0 ? "ok" : "FAIL"}\n`);
    for (const p of f.problems) process.stdout.write(`    ✗ ${p}\n`);
    for (const n of f.notes) process.stdout.write(`    · ${n}\n`);
  }
}
