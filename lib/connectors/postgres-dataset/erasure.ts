import type pg from "pg";
import type { TextInLanguages } from "@/lib/domain/text-in-languages";
import type { SubjectIdentity } from "../types";
import { findSubjectRows } from "./collect";
import { quoteQualified, type DatasetConfig, type DatasetTable } from "./config";

export interface ErasurePlanStep {
  table: string;
  action: "delete" | "anonymise" | "retain";
  rows: number;
  /** Fields changed by "anonymise" (and by "retain" under a legal hold that still removes the person). */
  fields: { name: string; strategy: string }[];
  exemption?: TextInLanguages;
  reason?: TextInLanguages;
  /** The table's name for people (the dataset's title), when the dataset gives one. */
  title?: TextInLanguages;
  keys: unknown[];
}

function strategyName(s: DatasetTable["fields"][string]["erasure"]): string {
  return typeof s === "string" ? s : `fixed:${s.fixed}`;
}

/**
 * What erasing the subject would do in each table, before anything is done: delete the rows, or
 * anonymise them (null / fixed value / hash per field), or keep them under a legal hold (the person's
 * fields are still anonymised, the rest kept, the exemption recorded). The DPO approves this plan.
 */
export async function planErasure(
  client: pg.Pool | pg.PoolClient,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
): Promise<ErasurePlanStep[]> {
  const found = await findSubjectRows(client, dataset, subject);
  const steps: ErasurePlanStep[] = [];
  for (const t of dataset.tables) {
    const keys = found.get(t.name)?.keys ?? [];
    if (keys.length === 0) continue;
    const changing = Object.entries(t.fields)
      .filter(([, f]) => f.erasure !== "keep" && f.erasure !== "delete")
      .map(([name, f]) => ({ name, strategy: strategyName(f.erasure) }));
    const deletes = Object.values(t.fields).some((f) => f.erasure === "delete");
    const title = t.title ? { title: t.title } : {};
    if (t.legalHold)
      steps.push({
        table: t.name,
        action: "retain",
        rows: keys.length,
        fields: changing,
        exemption: t.legalHold.exemption,
        reason: t.legalHold.reason,
        ...title,
        keys,
      });
    else if (deletes) steps.push({ table: t.name, action: "delete", rows: keys.length, fields: [], ...title, keys });
    else steps.push({ table: t.name, action: "anonymise", rows: keys.length, fields: changing, ...title, keys });
  }
  return steps;
}

/**
 * The SET list of an anonymising update, with fixed values as bind parameters (after `$1`, the keys).
 * "hash" writes a random token, not a hash of the old value: a hash of an e-mail address could be
 * recomputed by anyone who knows the address, which would re-identify the row.
 */
function setClause(fields: ErasurePlanStep["fields"]): { sql: string; params: string[] } {
  const params: string[] = [];
  const parts = fields.map(({ name, strategy }) => {
    if (strategy === "null") return `"${name}" = null`;
    if (strategy === "hash") return `"${name}" = 'erased-' || replace(gen_random_uuid()::text, '-', '')`;
    params.push(strategy.slice("fixed:".length));
    return `"${name}" = $${params.length + 1}`;
  });
  return { sql: parts.join(", "), params };
}

/**
 * Carries out an approved plan in one transaction: deletes children before parents, anonymises in
 * place. Safe to run twice: the second run finds the rows already gone or already anonymised.
 */
export async function executeErasure(
  pool: pg.Pool,
  dataset: DatasetConfig,
  plan: ErasurePlanStep[],
): Promise<{ table: string; action: string; affected: number }[]> {
  const byName = new Map(dataset.tables.map((t) => [t.name, t]));
  const client = await pool.connect();
  const out: { table: string; action: string; affected: number }[] = [];
  try {
    await client.query("begin");
    for (const step of [...plan].reverse()) {
      const t = byName.get(step.table);
      if (!t) throw new Error(`plan names unknown table ${step.table}`);
      const where = `"${t.primaryKey}" = any($1)`;
      let affected = 0;
      if (step.action === "delete")
        affected =
          (await client.query(`delete from ${quoteQualified(t.name)} where ${where}`, [step.keys])).rowCount ?? 0;
      else if (step.fields.length > 0) {
        const set = setClause(step.fields);
        affected =
          (
            await client.query(`update ${quoteQualified(t.name)} set ${set.sql} where ${where}`, [
              step.keys,
              ...set.params,
            ])
          ).rowCount ?? 0;
      }
      out.push({ table: t.name, action: step.action, affected });
    }
    await client.query("commit");
  } catch (err) {
    await client.query("rollback").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  return out.reverse();
}
