import { sql } from "drizzle-orm";
import type pg from "pg";
import { closeDb, db, pool } from "@/lib/db/client";
import { queuePageStatement } from "@/lib/db/queries/queue-page";
import { STAFF_ROLES } from "@/lib/domain/vocabulary";
import { can } from "@/lib/auth/policy";
import { fail, say } from "./lib/console";
import { requireRunningInstance } from "./lib/attach-instance";
import { queueCases } from "./lib/queue-bench-cases";

/**
 * `npm run explain:queue`: EXPLAIN (ANALYZE, BUFFERS) EXECUTE of the queue page's one statement for each
 * page and filter bench:queue measures, prepared as the page prepares it (a named statement, the
 * database's generic plan), as an active manager. Prints the execution time, the planning time of the
 * EXECUTE (≈ 0 once prepared) and each sub-select's own time (InitPlan/SubPlan, loops included), so a
 * regression in one part of the statement shows.
 */
type Node = {
  "Node Type": string;
  "Subplan Name"?: string;
  "Actual Total Time": number;
  "Actual Loops": number;
  "Index Name"?: string;
  "Relation Name"?: string;
  Plans?: Node[];
};
const literal = (client: pg.PoolClient, v: unknown): string =>
  Array.isArray(v)
    ? client.escapeLiteral(`{${v.map((x) => `"${String(x).replace(/["\\]/g, "\\$&")}"`).join(",")}}`)
    : v === null || v === undefined
      ? "null"
      : client.escapeLiteral(String(v));

function walk(n: Node, out: string[], depth = 0) {
  const scan = n["Index Name"] ?? n["Relation Name"];
  if (n["Subplan Name"])
    out.push(
      `${"  ".repeat(depth)}${n["Subplan Name"]}: ${(n["Actual Total Time"] * n["Actual Loops"]).toFixed(3)} ms`,
    );
  if (scan && depth < 6) out.push(`${"  ".repeat(depth + 1)}${n["Node Type"]} ${scan}`);
  for (const c of n.Plans ?? []) walk(c, out, n["Subplan Name"] ? depth + 1 : depth);
}

async function main() {
  requireRunningInstance();
  const { rows } = await db().execute<{ id: string; sv: number }>(
    sql`select id, session_version as sv from staff_users where role = 'manager' and active
        and not must_change_password order by created_at limit 1`,
  );
  if (!rows[0]) fail("no active manager to explain the queue as");
  const member = rows[0]!;
  const viewRoles = STAFF_ROLES.filter((role) => can({ id: "", role }, "request.view"));
  const client = await pool().connect();
  try {
    for (const c of await queueCases(db(), member.id)) {
      const st = queuePageStatement(db(), {
        uid: member.id,
        sv: member.sv,
        viewRoles,
        filters: c.filters,
        now: new Date(),
        after: c.after,
        limit: 50,
        unreadCap: 100,
      });
      await client.query(`deallocate all`);
      await client.query(`prepare ${st.name} as ${st.text}`);
      const args = (st.values ?? []).map((v) => literal(client, v)).join(", ");
      for (let i = 0; i < 3; i++) await client.query(`execute ${st.name}(${args})`);
      const { rows: plan } = await client.query<{
        "QUERY PLAN": [{ Plan: Node; "Execution Time": number; "Planning Time": number }];
      }>(`explain (analyze, buffers, format json) execute ${st.name}(${args})`);
      const p = plan[0]!["QUERY PLAN"][0];
      const lines: string[] = [];
      walk(p.Plan, lines);
      say(`${c.label}: execution ${p["Execution Time"].toFixed(3)} ms, planning ${p["Planning Time"].toFixed(3)} ms`);
      for (const l of lines) say(`  ${l}`);
    }
  } finally {
    client.release();
  }
}

main()
  .catch((err: Error) => fail(err.stack ?? err.message))
  .finally(() => closeDb());
