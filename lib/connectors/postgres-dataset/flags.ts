import type pg from "pg";
import type { SubjectIdentity } from "../types";
import { findSubjectRows } from "./collect";
import { quoteQualified, type DatasetConfig } from "./config";

/**
 * Restriction (Art. 18): sets (or, when lifting, clears) the restriction flag on every table that has
 * one. Returns the rows changed per table. Idempotent: setting an already set flag keeps its time.
 */
export async function setRestriction(
  pool: pg.Pool,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
  restricted: boolean,
): Promise<Record<string, number>> {
  const found = await findSubjectRows(pool, dataset, subject);
  const out: Record<string, number> = {};
  for (const t of dataset.tables) {
    const keys = found.get(t.name)?.keys ?? [];
    if (!t.restrictionFlag || keys.length === 0) continue;
    const value = restricted ? `coalesce("${t.restrictionFlag}", now())` : "null";
    const res = await pool.query(
      `update ${quoteQualified(t.name)} set "${t.restrictionFlag}" = ${value} where "${t.primaryKey}" = any($1)`,
      [keys],
    );
    out[t.name] = res.rowCount ?? 0;
  }
  return out;
}

/**
 * Direct-marketing objection (Art. 21(2)-(3)): clears every marketing flag and ends newsletter
 * subscriptions at once. No balancing test applies, so this runs without review.
 */
export async function stopMarketing(
  pool: pg.Pool,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
): Promise<Record<string, number>> {
  const found = await findSubjectRows(pool, dataset, subject);
  const out: Record<string, number> = {};
  for (const t of dataset.tables) {
    const keys = found.get(t.name)?.keys ?? [];
    if (keys.length === 0) continue;
    if (t.marketingFlag) {
      const res = await pool.query(
        `update ${quoteQualified(t.name)} set "${t.marketingFlag}" = false where "${t.primaryKey}" = any($1)`,
        [keys],
      );
      out[t.name] = res.rowCount ?? 0;
    }
    if (t.category === "Marketing" && "unsubscribed_at" in t.fields) {
      const res = await pool.query(
        `update ${quoteQualified(t.name)} set "unsubscribed_at" = coalesce("unsubscribed_at", now()) where "${t.primaryKey}" = any($1)`,
        [keys],
      );
      out[t.name] = res.rowCount ?? 0;
    }
  }
  return out;
}

/** Rectification (Art. 16): applies approved new values to rectifiable fields of the subject's rows. */
export async function rectify(
  pool: pg.Pool,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
  changes: { table: string; field: string; value: string | null }[],
): Promise<Record<string, number>> {
  const found = await findSubjectRows(pool, dataset, subject);
  const out: Record<string, number> = {};
  for (const change of changes) {
    const t = dataset.tables.find((x) => x.name === change.table);
    if (!t || !t.fields[change.field]?.rectifiable)
      throw new Error(`${change.table}.${change.field} is not a rectifiable field`);
    const keys = found.get(t.name)?.keys ?? [];
    if (keys.length === 0) continue;
    const res = await pool.query(
      `update ${quoteQualified(t.name)} set "${change.field}" = $2 where "${t.primaryKey}" = any($1)`,
      [keys, change.value],
    );
    out[`${t.name}.${change.field}`] = res.rowCount ?? 0;
  }
  return out;
}

/**
 * Opt-outs (CCPA § 1798.120 sale/sharing, § 1798.121 sensitive data; the state laws' targeted advertising,
 * profiling and sensitive-data processing): sets the configured boolean flag
 * to true on every table of the subject that has one. Idempotent: a second run sets nothing new.
 */
export async function setOptOutFlag(
  pool: pg.Pool,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
  flag:
    "saleOptOutFlag" | "limitSensitiveFlag" | "targetedAdsOptOutFlag" | "profilingOptOutFlag" | "sensitiveOptOutFlag",
): Promise<Record<string, number>> {
  const found = await findSubjectRows(pool, dataset, subject);
  const out: Record<string, number> = {};
  for (const t of dataset.tables) {
    const column = t[flag];
    const keys = found.get(t.name)?.keys ?? [];
    if (!column || keys.length === 0) continue;
    const res = await pool.query(
      `update ${quoteQualified(t.name)} set "${column}" = true where "${t.primaryKey}" = any($1) and "${column}" is distinct from true`,
      [keys],
    );
    out[t.name] = res.rowCount ?? 0;
  }
  return out;
}
