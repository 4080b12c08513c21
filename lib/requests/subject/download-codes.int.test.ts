import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { readExportChunk } from "@/lib/db/queries/export-chunks";
import { auditLog, exports } from "@/lib/db/schema";
import { openExport, storeExport } from "@/lib/exports/package-store";
import { extractCode, extractLink, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { authorizeDownload, sendDownloadCode } from "./download-codes";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";

async function requestWithPackage(content: Buffer, maxDownloads = 5) {
  const to = `dl.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type: "access", email: to, fullName: "Dee Download", locale: "en" },
    { channel: "portal", actor: { type: "subject" } },
  );
  const { statusToken } = await verifyByToken(
    new URL(extractLink((await waitForMail(to)).text, "/en/verify")).searchParams.get("token")!,
  );
  const pkg = await storeExport(db(), {
    requestId: id,
    content: Readable.from([content]),
    maxDownloads,
    approvedAt: new Date(),
  });
  return { to, id, statusToken, pkg };
}

const codeMail = (to: string, n: number) =>
  waitForMailWhere(
    to,
    (m, all) => /download code/i.test(m.subject) && all.filter((x) => /download code/i.test(x.subject)).length >= n,
  );

afterAll(() => closeDb());

describe("package download with a fresh code", () => {
  it("mails a code, then streams the exact bytes once per code, counting and auditing each download", async () => {
    const content = randomBytes(200_000);
    const { to, id, statusToken, pkg } = await requestWithPackage(content, 2);
    await expect(authorizeDownload(statusToken, "123456")).rejects.toMatchObject({ code: "verification_invalid" });

    await sendDownloadCode(statusToken);
    const code = extractCode((await codeMail(to, 1)).text);
    const { pkg: counted, filename } = await authorizeDownload(statusToken, code);
    expect(filename).toMatch(/^DSR-\d{4}-\d{6}\.zip$/);
    expect((await buffer(await openExport(counted))).equals(content)).toBe(true);
    expect(counted.downloads).toBe(1);
    // The code is used up.
    await expect(authorizeDownload(statusToken, code)).rejects.toMatchObject({ code: "verification_invalid" });

    await sendDownloadCode(statusToken);
    await authorizeDownload(statusToken, extractCode((await codeMail(to, 2)).text));
    // Two downloads allowed: the third is refused before any code is sent.
    await expect(sendDownloadCode(statusToken)).rejects.toMatchObject({ code: "rate_limited" });
    const [row] = await db().select().from(exports).where(eq(exports.id, pkg.id));
    expect(row!.downloads).toBe(2);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.requestId, id))).map((a) => a.action);
    expect(actions.filter((a) => a === "export.downloaded")).toHaveLength(2);
  });

  it("locks after 5 wrong codes and refuses an expired package", async () => {
    const { to, statusToken, pkg } = await requestWithPackage(Buffer.from("small package"));
    await sendDownloadCode(statusToken);
    const code = extractCode((await codeMail(to, 1)).text);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++)
      await expect(authorizeDownload(statusToken, wrong)).rejects.toMatchObject({ code: "verification_invalid" });
    await expect(authorizeDownload(statusToken, code)).rejects.toMatchObject({ code: "verification_locked" });

    await db()
      .update(exports)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(exports.id, pkg.id));
    await expect(sendDownloadCode(statusToken)).rejects.toMatchObject({ code: "verification_expired" });
  });

  it("keeps the package encrypted at rest (the stored chunks)", async () => {
    const marker = Buffer.from("PLAINTEXT-MARKER-" + randomBytes(8).toString("hex"));
    const { pkg } = await requestWithPackage(marker);
    const stored = await readExportChunk(db(), { exportId: pkg.id, seq: 0 });
    expect(stored!.length).toBe(marker.length + 28);
    expect(stored!.includes(marker)).toBe(false);
  });
});
