import { env } from "@/lib/env";
import { legacyDiskStore } from "./disk-store";
import { postgresStore } from "./postgres-store";
import { s3Store } from "./s3-store";
import type { PackageStore } from "./types";

export type { PackageStore };

let s3: PackageStore | undefined;
let override: PackageStore | undefined;

/** The store new packages go to (PACKAGE_STORE). */
export function currentStore(): PackageStore {
  if (override) return override;
  if (env().PACKAGE_STORE === "s3") return (s3 ??= s3Store());
  return postgresStore;
}

/** The store that holds a package, from its locator (a package outlives a change of PACKAGE_STORE). */
export function storeOf(locator: string): PackageStore {
  if (locator.startsWith("pg:")) return postgresStore;
  if (locator.startsWith("s3:")) return override?.kind === "s3" ? override : (s3 ??= s3Store());
  return legacyDiskStore;
}

/** Tests (and tools) point new packages at a store of their own, e.g. an S3 server they started. */
export function usePackageStore(store: PackageStore | undefined): void {
  override = store;
}
