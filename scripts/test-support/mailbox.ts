import { db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { waitFor } from "./wait-for";

/** The newest mail to `to` whose subject matches, from the embedded SMTP sink. */
export async function waitForMail(to: string, subject?: RegExp, timeoutMs = 20_000) {
  return waitFor(
    async () => {
      const rows = await listDevMail(db(), { to });
      return rows.find((m) => !subject || subject.test(m.subject));
    },
    timeoutMs,
    `mail to ${to}`,
  );
}

type DevMail = Awaited<ReturnType<typeof listDevMail>>[number];

/** The newest mail to `to` that satisfies `where` (e.g. its text contains a phrase), or the n-th mail. */
export async function waitForMailWhere(
  to: string,
  where: (m: DevMail, all: DevMail[]) => boolean,
  timeoutMs = 20_000,
): Promise<DevMail> {
  return waitFor(
    async () => {
      const rows = await listDevMail(db(), { to });
      return rows.find((m) => where(m, rows));
    },
    timeoutMs,
    `matching mail to ${to}`,
  );
}

export function extractCode(text: string): string {
  // Not the digits of the reference (DSR-2026-000123): the code stands alone.
  const m = /(?<![\d-])(\d{6})(?!\d)/.exec(text);
  if (!m) throw new Error("no 6-digit code in mail");
  return m[1]!;
}

export function extractLink(text: string, pathPart: string): string {
  const m = new RegExp(`https?://\\S*${pathPart}\\S*`).exec(text);
  if (!m) throw new Error(`no ${pathPart} link in mail`);
  return m[0].replace(/[).,]+$/, "");
}
