import { eq, sql } from "drizzle-orm";
import { hashToken, safeEqualHex, generateNumericCode } from "@/lib/crypto/tokens";
import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { findRequestByStatusTokenHash } from "@/lib/db/queries/requests";
import { countPackageDownload, findCurrentPackage } from "@/lib/db/queries/exports";
import { findLatestExport } from "@/lib/db/queries/portal-status";
import { exportDownloadCodes } from "@/lib/db/schema";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import type { ExportRow } from "@/lib/exports/package-store";
import { packageWindow } from "@/lib/domain/completion-result";
import { DomainError } from "@/lib/domain/errors";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import {
  hashVerificationCode,
  VERIFICATION_CODE_MINUTES,
  VERIFICATION_MAX_CODE_ATTEMPTS,
} from "@/lib/requests/verification/verification-secrets";
import { toLocale } from "@/lib/domain/locale";

/** The request behind a status link and its current package, if one can still be downloaded. */
async function downloadable(statusToken: string, now: Date) {
  if (!statusToken || statusToken.length > 200) throw new DomainError("not_found", "This link is not valid.");
  const request = await findRequestByStatusTokenHash(db(), { tokenHash: hashToken(statusToken) });
  if (!request) throw new DomainError("not_found", "This link is not valid.");
  const pkg = await findCurrentPackage(db(), { requestId: request.id, approvedOnly: true });
  if (!pkg) {
    // A package that existed and was purged after its window is gone (410), not "never existed" (404).
    if ((await findLatestExport(db(), { requestId: request.id }))?.purgedAt)
      throw new DomainError("verification_expired", "The download period has ended and the file was deleted.");
    throw new DomainError("not_found", "There is no file to download for this request.");
  }
  if (pkg.expiresAt <= now) throw new DomainError("verification_expired", "The download has expired.");
  if (pkg.downloads >= pkg.maxDownloads) throw new DomainError("rate_limited", "No downloads are left for this file.");
  return { request, pkg };
}

/**
 * The purged package behind a status link, if its latest delivered package was purged: what the download
 * address answers (410) once the file is gone. Null for an unknown link or a package still there.
 */
export async function purgedPackage(statusToken: string): Promise<{ expiresAt: Date; timeZone: string | null } | null> {
  if (!statusToken || statusToken.length > 200) return null;
  const request = await findRequestByStatusTokenHash(db(), { tokenHash: hashToken(statusToken) });
  if (!request) return null;
  const latest = await findLatestExport(db(), { requestId: request.id });
  return latest?.purgedAt ? { expiresAt: latest.expiresAt, timeZone: request.controllerTimeZone } : null;
}

/**
 * Mails a fresh 6-digit code for one download (15 minutes, 5 tries). The status link alone is not
 * enough to download: whoever downloads must also read the subject's mailbox at that moment.
 */
export async function sendDownloadCode(statusToken: string, now = new Date()): Promise<void> {
  const { request, pkg } = await downloadable(statusToken, now);
  const limit = await consumeRateLimit(db(), { name: "download-code", limit: 5, windowSeconds: 3600 }, pkg.id, now);
  if (!limit.allowed)
    throw new DomainError(
      "rate_limited",
      "We already sent several codes. Check your mailbox, including spam.",
      undefined,
      limit.retryAfterSeconds,
    );
  const code = generateNumericCode(6);
  await db().transaction(async (tx) => {
    const values = {
      codeHash: hashVerificationCode(pkg.id, code),
      expiresAt: new Date(now.getTime() + VERIFICATION_CODE_MINUTES * 60_000),
      attempts: 0,
      createdAt: now,
    };
    await tx
      .insert(exportDownloadCodes)
      .values({ exportId: pkg.id, ...values })
      .onConflictDoUpdate({ target: exportDownloadCodes.exportId, set: values });
    await appendAudit(tx, {
      actor: { type: "subject" },
      action: "export.code_sent",
      requestId: request.id,
      payload: { exportId: pkg.id },
    });
    await queueTemplateMail(tx, {
      key: `download-code-${pkg.id}-${now.getTime()}`,
      priority: "interactive",
      to: decryptSubjectEmail(request),
      locale: toLocale(request.locale),
      template: "download_code",
      data: {
        reference: request.reference,
        code,
        codeMinutes: VERIFICATION_CODE_MINUTES,
        ...packageWindow(pkg.expiresAt, request),
        downloadsLeft: pkg.maxDownloads - pkg.downloads,
      },
    });
  });
}

/**
 * Checks the code and counts the download, in one transaction: the code is used up, the count only
 * rises while downloads are left (a conditional update, so two racing downloads cannot both pass the
 * last one). Returns the package to stream and the file name.
 */
export async function authorizeDownload(
  statusToken: string,
  code: string,
  now = new Date(),
): Promise<{ pkg: ExportRow; filename: string }> {
  const { request, pkg } = await downloadable(statusToken, now);
  const clean = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(clean))
    throw new DomainError("verification_invalid", "Enter the 6-digit code from the mail.", {
      code: "must be 6 digits",
    });
  const outcome = await db().transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(exportDownloadCodes)
      .where(eq(exportDownloadCodes.exportId, pkg.id))
      .for("update");
    if (!row) throw new DomainError("verification_invalid", "Ask for a code first.", { code: "no code sent" });
    if (row.attempts >= VERIFICATION_MAX_CODE_ATTEMPTS)
      throw new DomainError("verification_locked", "Too many wrong codes. Ask for a new code.", {
        code: "too many attempts",
      });
    if (row.expiresAt <= now)
      throw new DomainError("verification_expired", "This code has expired. Ask for a new code.", { code: "expired" });
    if (!safeEqualHex(row.codeHash, hashVerificationCode(pkg.id, clean))) {
      await tx
        .update(exportDownloadCodes)
        .set({ attempts: sql`${exportDownloadCodes.attempts} + 1` })
        .where(eq(exportDownloadCodes.exportId, pkg.id));
      return "wrong" as const;
    }
    await tx.delete(exportDownloadCodes).where(eq(exportDownloadCodes.exportId, pkg.id));
    const counted = await countPackageDownload(tx, { id: pkg.id, now });
    if (!counted) throw new DomainError("rate_limited", "No downloads are left for this file.");
    await appendAudit(tx, {
      actor: { type: "subject" },
      action: "export.downloaded",
      requestId: request.id,
      payload: { exportId: pkg.id, downloads: counted.downloads },
    });
    return counted;
  });
  // Committed above: a wrong try counts even though we now report an error.
  if (outcome === "wrong")
    throw new DomainError("verification_invalid", "This code is not right.", { code: "incorrect" });
  return { pkg: outcome, filename: `${request.reference}.zip` };
}
