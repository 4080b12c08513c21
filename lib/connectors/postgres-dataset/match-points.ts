import type pg from "pg";
import type { SubjectIdentity } from "../types";
import { findSubjectRows } from "./collect";
import type { DatasetConfig } from "./config";

/** Compared without case, spaces or punctuation: "75 011" matches "75011", "Dubois" matches "dubois". */
const normal = (v: unknown) =>
  String(v ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.\-()/+#]/g, "");

/**
 * Per data point given (only those the dataset declares in `matchPoints`, plus the e-mail), whether any
 * of the subject's rows holds that value. Read only; the stored values never leave this function.
 */
export async function matchDataPoints(
  pool: pg.Pool,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
  points: Record<string, string>,
): Promise<Record<string, boolean>> {
  const asked = Object.entries(points).filter(([name, v]) => dataset.matchPoints[name] && normal(v) !== "");
  const found = await findSubjectRows(pool, dataset, subject);
  // The e-mail is a data point too: it matched when a table looked up by e-mail holds the person.
  const out: Record<string, boolean> = {
    email: dataset.tables.some((t) => t.identity?.email && (found.get(t.name)?.rows.length ?? 0) > 0),
  };
  for (const [name, value] of asked) {
    const { table, column } = dataset.matchPoints[name]!;
    const rows = found.get(table)?.rows ?? [];
    out[name] = rows.some((r) => normal(r[column]) === normal(value));
  }
  return out;
}
