import { and, asc, eq, inArray } from "drizzle-orm";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";

type StoredRow = typeof dataSystems.$inferSelect;

/**
 * A registered system as the rest of the code sees it: the encrypted webhook secret stays in here;
 * `secret()` decrypts it when a connector signs or verifies a message.
 */
export interface DataSystem extends Omit<StoredRow, "secretEnc"> {
  hasSecret: boolean;
  secret: () => string;
}

export type DataSystemChanges = Partial<Omit<StoredRow, "id" | "key" | "createdAt" | "secretEnc">>;

// Bound to the row: a secret copied onto another system does not decrypt.
const secretAad = (systemId: string) => `data_systems.secret:${systemId}`;

/** The sealed form of a webhook secret for this system (for inserts that set it at once, e.g. fixtures). */
export function encryptSystemSecret(systemId: string, secret: string): string {
  return encrypt(secret, secretAad(systemId));
}

function toDataSystem(row: StoredRow): DataSystem {
  const { secretEnc, ...rest } = row;
  return {
    ...rest,
    hasSecret: secretEnc !== null,
    secret: () => {
      if (!secretEnc) throw new Error(`webhook system ${row.key} has no shared secret; generate one in its settings`);
      return decrypt(secretEnc, secretAad(row.id));
    },
  };
}

/** Every registered system (or only the enabled ones), by name for people or by key for stable plans. */
export async function listDataSystems(
  db: Db,
  params: { enabledOnly?: boolean; orderBy: "name" | "key" },
): Promise<DataSystem[]> {
  const rows = await db
    .select()
    .from(dataSystems)
    .where(params.enabledOnly ? eq(dataSystems.enabled, true) : undefined)
    .orderBy(asc(params.orderBy === "name" ? dataSystems.name : dataSystems.key));
  return rows.map(toDataSystem);
}

export async function findDataSystem(db: Db, params: { id: string }): Promise<DataSystem | null> {
  const [row] = await db.select().from(dataSystems).where(eq(dataSystems.id, params.id)).limit(1);
  return row ? toDataSystem(row) : null;
}

/** The row, locked until the end of the caller's transaction. */
export async function lockDataSystem(db: Db, params: { id: string }): Promise<DataSystem | null> {
  const [row] = await db.select().from(dataSystems).where(eq(dataSystems.id, params.id)).for("update").limit(1);
  return row ? toDataSystem(row) : null;
}

/** Systems by id (a removed system is simply absent from the map). */
export async function dataSystemsById(db: Db, params: { ids: string[] }): Promise<Map<string, DataSystem>> {
  const ids = [...new Set(params.ids)];
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(dataSystems).where(inArray(dataSystems.id, ids));
  return new Map(rows.map((r) => [r.id, toDataSystem(r)]));
}

/** The enabled webhook system a callback names by its key. */
export async function findEnabledWebhookSystem(db: Db, params: { key: string }): Promise<DataSystem | null> {
  const [row] = await db
    .select()
    .from(dataSystems)
    .where(and(eq(dataSystems.key, params.key), eq(dataSystems.kind, "webhook"), eq(dataSystems.enabled, true)));
  return row ? toDataSystem(row) : null;
}

export async function updateDataSystem(db: Db, params: { id: string; set: DataSystemChanges }): Promise<void> {
  await db.update(dataSystems).set(params.set).where(eq(dataSystems.id, params.id));
}

/** Stores a webhook system's shared secret, encrypted. */
export async function setDataSystemSecret(db: Db, params: { id: string; secret: string }): Promise<void> {
  await db
    .update(dataSystems)
    .set({ secretEnc: encryptSystemSecret(params.id, params.secret) })
    .where(eq(dataSystems.id, params.id));
}
