import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";
import type { PackageStore } from "./types";

const exportsDir = () => path.resolve(env().DATA_DIR, "exports");

/**
 * Packages written to one machine's disk before PACKAGE_STORE existed (locator `<id>.bin`): read and
 * purged only, never written (a second replica would not see them).
 */
export const legacyDiskStore: PackageStore = {
  kind: "disk",
  async put() {
    throw new Error("packages are no longer written to local disk: set PACKAGE_STORE=postgres or s3");
  },
  async get(locator) {
    const file = path.join(exportsDir(), path.basename(locator));
    await fs.promises.access(file);
    return fs.createReadStream(file) as Readable;
  },
  async remove(_db, locator) {
    fs.rmSync(path.join(exportsDir(), path.basename(locator)), { force: true });
  },
};
