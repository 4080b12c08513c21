import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { branding } from "@/lib/branding/config";
import { collectDataset } from "@/lib/connectors/postgres-dataset/collect";
import { demoShopDataset } from "@/lib/connectors/postgres-dataset/demo-shop.dataset";
import { db, pool } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { dataSystems, exports } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { openExport, storeExport, type ExportRow } from "@/lib/exports/package-store";
import { renderAccessReport } from "@/lib/fulfilment/access-report";
import { buildPackage } from "@/lib/fulfilment/build-package";
import type { RegisterFacts } from "@/lib/fulfilment/register-facts";
import { DomainError } from "./errors";
import { decryptSubjectEmail } from "./subject-fields";

const asStrings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/**
 * Collects the subject's data from the enabled systems and stores the access or portability package
 * (encrypted). Returns the existing package when one is still valid: running it twice builds once.
 * The BullMQ flow of the fulfilment engine will call this per request; today a staff action or test does.
 */
export async function preparePackage(requestId: string, now = new Date()): Promise<ExportRow> {
  const request = await findRequest(db(), { id: requestId });
  if (!request) throw new DomainError("not_found", "This request does not exist.");
  if (request.type !== "access" && request.type !== "portability") throw new DomainError("invalid_transition", "Only access and portability requests have a package.");
  if (!["in_progress", "in_review"].includes(request.status)) throw new DomainError("invalid_transition", "Start the request before preparing its package.");
  const [existing] = await db().select().from(exports).where(and(eq(exports.requestId, requestId), isNull(exports.purgedAt), gt(exports.expiresAt, now))).orderBy(desc(exports.createdAt)).limit(1);
  if (existing) return existing;

  const systems = await db().select().from(dataSystems).where(eq(dataSystems.enabled, true));
  const shop = systems.find((s) => (s.config as { dataset?: string }).dataset === demoShopDataset.key);
  const sets = shop ? await collectDataset(pool(), demoShopDataset, { email: decryptSubjectEmail(request) }) : [];
  const register: RegisterFacts[] = systems.map((s) => ({ system: s.name, purposes: asStrings(s.purposes), categories: asStrings(s.categories), recipients: asStrings(s.recipients), retention: s.retention, source: s.source }));
  const reportHtml = renderAccessReport({
    locale: request.locale === "fr" ? "fr" : "en",
    company: branding().companyName,
    reference: request.reference,
    sets,
    register,
    authorityName: env().SUPERVISORY_AUTHORITY_NAME,
    authorityUrl: env().SUPERVISORY_AUTHORITY_URL,
  });
  const pkg = await storeExport(db(), { requestId, content: buildPackage({ kind: request.type, sets, reportHtml }), now });
  await db().transaction((tx) =>
    appendAudit(tx, { actor: { type: "system" }, action: "export.prepared", requestId, payload: { exportId: pkg.id, recordSets: Object.fromEntries(sets.map((s) => [s.name, s.rows.length])) } }),
  );
  return pkg;
}

export { openExport };
