import { getTableColumns, type Table } from "drizzle-orm";

/**
 * Rows of one table as one array per column, for `unnest($1::t1[], $2::t2[], …)`: a statement whose text
 * is the same for 1 or 100 rows, so PostgreSQL parses and plans it once per connection (a named
 * prepared statement) and Node builds no query per call. Values go through each column's own
 * driver mapping (timestamps, JSON), as drizzle's insert would send them.
 */
export type UnnestSource = {
  /** `"col_a", "col_b"` in the order of `keys`. */
  columns: string;
  /** `unnest($n::type[], …) as alias("col_a", …)`, parameters numbered from `firstParam`. */
  from: (firstParam: number, alias: string) => string;
  /** One array per column, in the order of `keys`. */
  values: (rows: Record<string, unknown>[]) => unknown[][];
  count: number;
};

export function unnestSource<T extends Table>(table: T, keys: readonly (keyof T["$inferInsert"] & string)[]) {
  const all = getTableColumns(table) as Record<
    string,
    { name: string; getSQLType(): string; mapToDriverValue(v: unknown): unknown }
  >;
  const cols = keys.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`unnestSource: no column ${key}`);
    return column;
  });
  const quoted = cols.map((c) => `"${c.name}"`).join(", ");
  return {
    columns: quoted,
    count: cols.length,
    from: (firstParam: number, alias: string) =>
      `unnest(${cols.map((c, i) => `$${firstParam + i}::${c.getSQLType()}[]`).join(", ")}) as ${alias}(${quoted})`,
    values: (rows: Record<string, unknown>[]) =>
      cols.map((c, i) =>
        rows.map((row) => {
          const v = row[keys[i]!];
          return v === null || v === undefined ? null : c.mapToDriverValue(v);
        }),
      ),
  } satisfies UnnestSource;
}
