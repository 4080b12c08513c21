import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { exportChunks } from "@/lib/db/schema";

// The chunks are ciphertext already (lib/exports seals every package under its own key): no field
// encryption here.

export async function insertExportChunk(db: Db, p: { exportId: string; seq: number; data: Buffer }): Promise<void> {
  await db
    .insert(exportChunks)
    .values(p)
    .onConflictDoUpdate({
      target: [exportChunks.exportId, exportChunks.seq],
      set: { data: p.data },
    });
}

export async function readExportChunk(db: Db, p: { exportId: string; seq: number }): Promise<Buffer | null> {
  const [row] = await db
    .select({ data: exportChunks.data })
    .from(exportChunks)
    .where(and(eq(exportChunks.exportId, p.exportId), eq(exportChunks.seq, p.seq)));
  return row?.data ?? null;
}

export async function deleteExportChunks(db: Db, p: { exportId: string }): Promise<number> {
  const gone = await db
    .delete(exportChunks)
    .where(eq(exportChunks.exportId, p.exportId))
    .returning({ seq: exportChunks.seq });
  return gone.length;
}

export async function countExportChunks(db: Db, p: { exportId: string }): Promise<number> {
  const rows = await db
    .select({ seq: exportChunks.seq })
    .from(exportChunks)
    .where(eq(exportChunks.exportId, p.exportId));
  return rows.length;
}
