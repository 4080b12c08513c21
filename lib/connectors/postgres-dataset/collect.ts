import type pg from "pg";
import type { RecordSet, SubjectIdentity } from "../types";
import { quoteQualified, type DatasetConfig, type DatasetTable } from "./config";

/** Primary keys (and parent-link values) of the subject's rows, per table. */
export type SubjectRows = Map<string, { keys: unknown[]; rows: Record<string, unknown>[] }>;

function columnsOf(t: DatasetTable): string[] {
  return [...new Set([t.primaryKey, ...Object.keys(t.fields)])];
}

/**
 * Finds the subject's rows in every table of the dataset: tables with identity columns are matched on
 * the verified e-mail (case-insensitive), the others are reached through their foreign key to rows
 * already found. The account reference a subject typed is not used to match: only the e-mail was
 * verified, and matching on an unverified number could disclose someone else's data.
 */
export async function findSubjectRows(
  client: pg.Pool | pg.PoolClient,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
): Promise<SubjectRows> {
  const found: SubjectRows = new Map();
  for (const t of dataset.tables) {
    const cols = columnsOf(t);
    const select = `select ${cols.map((c) => `"${c}"`).join(", ")}${t.via ? `, "${t.via.column}" as "__parent"` : ""} from ${quoteQualified(t.name)}`;
    let rows: Record<string, unknown>[] = [];
    if (t.identity?.email) {
      ({ rows } = await client.query(
        `${select} where lower("${t.identity.email}") = lower($1) order by "${t.primaryKey}"`,
        [subject.email.trim()],
      ));
    } else if (t.via) {
      const parent = found.get(t.via.parent);
      const parentValues = parent ? parent.rows.map((r) => r[t.via!.parentColumn]) : [];
      if (parentValues.length > 0) {
        ({ rows } = await client.query(`${select} where "${t.via.column}" = any($1) order by "${t.primaryKey}"`, [
          parentValues,
        ]));
      }
    }
    found.set(t.name, { keys: rows.map((r) => r[t.primaryKey]), rows });
  }
  return found;
}

/** The subject's data as record sets (one per table), ready for the access or portability package. */
export async function collectDataset(
  client: pg.Pool | pg.PoolClient,
  dataset: DatasetConfig,
  subject: SubjectIdentity,
): Promise<RecordSet[]> {
  const found = await findSubjectRows(client, dataset, subject);
  return dataset.tables.map((t) => {
    const rows = (found.get(t.name)?.rows ?? []).map((r) => {
      const copy = { ...r };
      delete copy.__parent;
      return copy;
    });
    return { name: t.name, category: t.category, providedBySubject: t.providedBySubject, columns: columnsOf(t), rows };
  });
}
