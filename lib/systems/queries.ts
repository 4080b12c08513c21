import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";

export type SystemRow = typeof dataSystems.$inferSelect;

/** Every registered system, by name. Rows include the encrypted webhook secret: never send them to a client as-is. */
export async function listSystemRows(db: Db): Promise<SystemRow[]> {
  return db.select().from(dataSystems).orderBy(asc(dataSystems.name));
}

export async function findSystemRow(db: Db, params: { id: string }): Promise<SystemRow | null> {
  const [row] = await db.select().from(dataSystems).where(eq(dataSystems.id, params.id)).limit(1);
  return row ?? null;
}

/** The row, locked until the end of the caller's transaction. */
export async function lockSystemRow(db: Db, params: { id: string }): Promise<SystemRow | null> {
  const [row] = await db.select().from(dataSystems).where(eq(dataSystems.id, params.id)).for("update").limit(1);
  return row ?? null;
}

export async function updateSystemRow(
  db: Db,
  params: { id: string; set: Partial<Omit<SystemRow, "id" | "key" | "createdAt">> },
): Promise<void> {
  await db.update(dataSystems).set(params.set).where(eq(dataSystems.id, params.id));
}
