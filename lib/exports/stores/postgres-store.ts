import { Readable } from "node:stream";
import { db as appDb, type Db } from "@/lib/db/client";
import { deleteExportChunks, insertExportChunk, readExportChunk } from "@/lib/db/queries/export-chunks";
import type { PackageStore } from "./types";

/** Bytes per row: large enough that a 1 GB package is ~1,000 rows, small enough to hold one in memory. */
export const CHUNK_BYTES = 1024 * 1024;

/** Packages as chunked bytea rows in the application database (the default store). */
export const postgresStore: PackageStore = {
  kind: "postgres",
  async put(db, id, bytes) {
    let seq = 0;
    let pending: Buffer[] = [];
    let size = 0;
    const flush = async () => {
      if (size === 0 && seq > 0) return;
      await insertExportChunk(db, { exportId: id, seq, data: Buffer.concat(pending, size) });
      seq += 1;
      pending = [];
      size = 0;
    };
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      let rest = chunk;
      while (size + rest.length >= CHUNK_BYTES) {
        const take = CHUNK_BYTES - size;
        pending.push(rest.subarray(0, take));
        size += take;
        rest = rest.subarray(take);
        await flush();
      }
      if (rest.length > 0) {
        pending.push(rest);
        size += rest.length;
      }
    }
    await flush();
    return `pg:${id}`;
  },
  async get(locator) {
    const id = locator.slice("pg:".length);
    async function* chunks() {
      for (let seq = 0; ; seq++) {
        const data = await readExportChunk(appDb(), { exportId: id, seq });
        if (!data) {
          if (seq === 0) throw new Error(`package ${id} has no stored bytes`);
          return;
        }
        yield data;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  },
  async remove(db: Db, locator) {
    await deleteExportChunks(db, { exportId: locator.slice("pg:".length) });
  },
};
