import type { Readable } from "node:stream";
import type { Db } from "@/lib/db/client";

/**
 * Where the (already encrypted) bytes of packages live. Every web and worker replica reads the same
 * store, so a package built on one worker downloads from any web replica and purges from any worker.
 * The `exports.path` column holds the locator `put` returned: its prefix names the store, so packages
 * written before a change of PACKAGE_STORE stay readable.
 */
export interface PackageStore {
  readonly kind: "postgres" | "s3" | "disk";
  /** Streams `bytes` in (with backpressure) under the package id; returns the locator. `db` may be a transaction. */
  put(db: Db, id: string, bytes: Readable): Promise<string>;
  /** The stored bytes as a stream, read as they are consumed. */
  get(locator: string): Promise<Readable>;
  /** Deletes the bytes; deleting bytes already gone is not an error. */
  remove(db: Db, locator: string): Promise<void>;
}
