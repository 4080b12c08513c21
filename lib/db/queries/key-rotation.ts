import { sql } from "drizzle-orm";
import { decrypt, emailIndex, reencryptIfStale } from "@/lib/crypto/env-keys";
import type { Db } from "../client";

/**
 * Every encrypted value at rest, with the associated data it was sealed with (the same contexts the
 * accessors use: lib/requests/subject-fields.ts, queries/messages.ts, tasks.ts, data-systems.ts,
 * exports.ts, lib/auth/totp.ts, lib/crypto/env-keys.ts sealJson). A table added with an encrypted
 * column must be listed here, or rotation leaves it on the old key (the rotation test reads every
 * `_enc` column of the schema to catch that).
 */
export interface EncryptedTable {
  table: string;
  /** Column holding each row's associated-data id (the row id, or its request's id). */
  contextColumn: string;
  columns: { name: string; aad: (ctx: string) => string }[];
  /** Extra condition (outbox: only rows not yet handed to Redis). */
  where?: string;
  /** The key the batches walk (default `id`, a uuid); `expr` is an SQL expression for a composite key. */
  idColumn?: { name: string; type: "uuid" | "text"; expr?: boolean };
  /** An SQL expression giving the associated-data id, when it is not one column. */
  contextExpr?: string;
}

const col = (name: string, prefix: string) => ({ name, aad: (ctx: string) => `${prefix}:${ctx}` });

export const ENCRYPTED_TABLES: EncryptedTable[] = [
  {
    table: "requests",
    contextColumn: "id",
    columns: [
      col("email_enc", "requests.email"),
      col("full_name_enc", "requests.full_name"),
      col("account_reference_enc", "requests.account_reference"),
      col("details_enc", "requests.details"),
      col("specifics_enc", "requests.specifics"),
      col("status_token_enc", "requests.status_token"),
    ],
  },
  { table: "request_messages", contextColumn: "request_id", columns: [col("body_enc", "request_messages.body")] },
  { table: "request_notes", contextColumn: "request_id", columns: [col("body_enc", "request_notes.body")] },
  {
    table: "request_tasks",
    contextColumn: "id",
    columns: [col("result_enc", "request_tasks.result"), col("note", "request_tasks.note")],
  },
  { table: "data_systems", contextColumn: "id", columns: [col("secret_enc", "data_systems.secret")] },
  // A package's file is encrypted under its own key; rotation re-seals that key, never the file.
  { table: "exports", contextColumn: "id", columns: [col("key_enc", "exports.key")] },
  { table: "staff_users", contextColumn: "id", columns: [col("totp_secret_enc", "staff_users.totp_secret")] },
  {
    table: "controller_complaints",
    contextColumn: "request_id",
    columns: [col("body_enc", "controller_complaints.body"), col("outcome_enc", "controller_complaints.outcome")],
  },
  // A mail's recipient (AAD by its key, lib/mail/queue-mail.ts) and its sealed message until it is sent.
  {
    table: "mail_deliveries",
    contextColumn: "key",
    idColumn: { name: "key", type: "text" },
    columns: [col("recipient_enc", "mail_deliveries.recipient"), { name: "sealed", aad: () => "sealed-json" }],
  },
  // Outbound webhook signing secrets, and the rows of a CSV import waiting to run (lib/requests/import).
  { table: "webhook_endpoints", contextColumn: "id", columns: [col("secret_enc", "webhook_endpoints.secret")] },
  { table: "request_imports", contextColumn: "id", columns: [col("rows_enc", "request_imports.rows")] },
  // An appeal's reasons (lib/db/queries/appeals.ts) and an authorised agent's identity and signed
  // permission (lib/db/queries/request-agents.ts), both sealed to their request.
  {
    table: "request_appeals",
    contextColumn: "request_id",
    columns: [
      col("reason_enc", "request_appeals.reason"),
      col("decision_reason_enc", "request_appeals.decision_reason"),
      col("extension_reason_enc", "request_appeals.extension_reason"),
    ],
  },
  {
    table: "request_agents",
    contextColumn: "request_id",
    idColumn: { name: "request_id", type: "uuid" },
    columns: [
      col("agent_name_enc", "request_agents.agent_name"),
      col("agent_email_enc", "request_agents.agent_email"),
      col("agent_organisation_enc", "request_agents.agent_organisation"),
      col("permission_enc", "request_agents.permission"),
    ],
  },
  // What a Data Rights Protocol agent sent about the consumer (lib/db/queries/drp.ts), sealed to the request.
  {
    table: "drp_requests",
    contextColumn: "request_id",
    idColumn: { name: "request_id", type: "uuid" },
    columns: [col("claims_enc", "drp_requests.claims")],
  },
  // Files attached to the thread (lib/db/queries/attachments.ts): name and content, sealed to the request.
  {
    table: "request_attachments",
    contextColumn: "request_id",
    columns: [col("file_name_enc", "request_attachments.file_name"), col("content_enc", "request_attachments.content")],
  },
  // The per-set key of rows staged for a package (lib/db/queries/collected-data.ts); the batches are
  // encrypted under that key and need no rotation.
  {
    table: "collected_sets",
    contextColumn: "task_id",
    contextExpr: "task_id::text || ':' || set_index::text",
    idColumn: { name: "task_id::text || ':' || lpad(set_index::text, 6, '0')", type: "text", expr: true },
    columns: [col("key_enc", "collected_sets.key")],
  },
];

/** Outbox payloads sealed for Redis (mail, lost links) that are still waiting to be relayed. */
const OUTBOX_SEALED = "sealed-json";

export interface BatchResult {
  /** The last id read, or null when the table is done. */
  next: string | null;
  read: number;
  changed: number;
}

const isToken = (v: unknown): v is string => typeof v === "string" && v.startsWith("v1.");

/**
 * Re-encrypts one batch of `t` (ids after `after`, in id order) under the current data key. Each value
 * is replaced only if it still holds what was read (compare-and-set), so a concurrent write is kept.
 */
export async function reencryptBatch(
  tx: Db,
  t: EncryptedTable,
  after: string | null,
  limit: number,
): Promise<BatchResult> {
  const cols = t.columns.map((c) => sql.raw(`"${c.name}"`));
  const idCol = t.idColumn ?? { name: "id", type: "uuid" };
  const id = sql.raw("expr" in idCol && idCol.expr ? `(${idCol.name})` : `"${idCol.name}"`);
  const context = sql.raw(t.contextExpr ? `(${t.contextExpr})` : `"${t.contextColumn}"`);
  const cast = sql.raw(idCol.type);
  const { rows } = await tx.execute<Record<string, string | null>>(sql`
    select ${id}::text as "__id", ${context}::text as "__ctx", ${sql.join(cols, sql`, `)}
    from ${sql.raw(`"${t.table}"`)} where ${after ? sql`${id} > ${after}::${cast}` : sql`true`}
    order by ${id} limit ${limit}`);
  let changed = 0;
  for (const row of rows) {
    for (const c of t.columns) {
      const old = row[c.name];
      if (!isToken(old)) continue;
      const fresh = reencryptIfStale(old, c.aad(row.__ctx!));
      if (fresh === null) continue;
      await tx.execute(sql`update ${sql.raw(`"${t.table}"`)} set ${sql.raw(`"${c.name}"`)} = ${fresh}
        where ${id} = ${row.__id}::${cast} and ${sql.raw(`"${c.name}"`)} = ${old}`);
      changed++;
    }
  }
  return { next: rows.length < limit ? null : rows[rows.length - 1]!.__id!, read: rows.length, changed };
}

/** The outbox's pending sealed payloads, by id (bigint). */
export async function reencryptOutboxBatch(tx: Db, after: string | null, limit: number): Promise<BatchResult> {
  const { rows } = await tx.execute<{ id: string; sealed: string }>(sql`
    select id::text as id, payload->>'sealed' as sealed from outbox
    where relayed_at is null and payload ? 'sealed' and id > ${after ?? "0"}::bigint order by id limit ${limit}`);
  let changed = 0;
  for (const row of rows) {
    if (!isToken(row.sealed)) continue;
    const fresh = reencryptIfStale(row.sealed, OUTBOX_SEALED);
    if (fresh === null) continue;
    await tx.execute(sql`update outbox set payload = jsonb_set(payload, '{sealed}', to_jsonb(${fresh}::text))
      where id = ${row.id}::bigint and payload->>'sealed' = ${row.sealed}`);
    changed++;
  }
  return { next: rows.length < limit ? null : rows[rows.length - 1]!.id, read: rows.length, changed };
}

/**
 * Rebuilds one batch of e-mail blind indexes under the current BLIND_INDEX_KEY (from the decrypted
 * address; minimised requests have none). Recomputing an index already rebuilt gives the same value.
 */
export async function rebuildBlindIndexBatch(tx: Db, after: string | null, limit: number): Promise<BatchResult> {
  const { rows } = await tx.execute<{ id: string; email_enc: string; email_bidx: string }>(sql`
    select id::text as id, email_enc, email_bidx from requests
    where ${after ? sql`id > ${after}::uuid` : sql`true`} order by id limit ${limit}`);
  let changed = 0;
  for (const row of rows) {
    if (!isToken(row.email_enc)) continue;
    const bidx = emailIndex(decrypt(row.email_enc, `requests.email:${row.id}`));
    if (bidx === row.email_bidx) continue;
    await tx.execute(
      sql`update requests set email_bidx = ${bidx} where id = ${row.id}::uuid and email_enc = ${row.email_enc}`,
    );
    changed++;
  }
  return { next: rows.length < limit ? null : rows[rows.length - 1]!.id, read: rows.length, changed };
}
