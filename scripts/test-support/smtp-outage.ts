import fs from "node:fs";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { mailDeliveries } from "@/lib/db/schema";
import { smtpSinkOutageFile, smtpSinkSlowAcceptFile } from "../services";
import { waitFor } from "./wait-for";

/**
 * Takes the running instance's embedded SMTP sink down (it answers 421 to every connection) until the
 * returned function brings it back. Only for instances started by this checkout (`npm start`, `npm test`).
 */
export function smtpOutage(): { restore: () => void } {
  const dataDir = process.env.DATA_DIR;
  if (!dataDir) throw new Error("DATA_DIR of the running instance is unknown (attach with DSR_RUNTIME_ENV)");
  const file = smtpSinkOutageFile(dataDir);
  fs.writeFileSync(file, "down\n");
  return { restore: () => fs.rmSync(file, { force: true }) };
}

/** Makes the embedded sink store each message, then hold its 250 for `ms`, until the returned function. */
export function slowSmtpAccept(ms: number): { restore: () => void } {
  const dataDir = process.env.DATA_DIR;
  if (!dataDir) throw new Error("DATA_DIR of the running instance is unknown (attach with DSR_RUNTIME_ENV)");
  const file = smtpSinkSlowAcceptFile(dataDir);
  fs.writeFileSync(file, `${ms}\n`);
  return { restore: () => fs.rmSync(file, { force: true }) };
}

export async function mailRow(key: string) {
  const [row] = await db().select().from(mailDeliveries).where(eq(mailDeliveries.key, key));
  return row;
}

/** Waits until the mail's row satisfies `ok` (it is read back from Postgres each time). */
export async function waitForMailRow(
  key: string,
  ok: (row: NonNullable<Awaited<ReturnType<typeof mailRow>>>) => boolean,
  what: string,
  timeoutMs = 30_000,
) {
  return waitFor(
    async () => {
      const row = await mailRow(key);
      return row && ok(row) ? row : undefined;
    },
    timeoutMs,
    what,
  );
}
