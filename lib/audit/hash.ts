import { createHash } from "node:crypto";
import { canonicalEntry } from "./canonical";
import type { AuditEntry } from "./entry";

/** The prev_hash of the first entry of the chain. */
export const GENESIS_HASH = "0".repeat(64);

/** sha256 (hex) over the previous entry's hash followed by this entry's canonical text. */
export function computeHash(prevHash: string, entry: AuditEntry): string {
  return createHash("sha256")
    .update(prevHash + canonicalEntry(entry), "utf8")
    .digest("hex");
}
