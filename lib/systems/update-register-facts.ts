import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { lockDataSystem, updateDataSystem } from "@/lib/db/queries/data-systems";
import { registerFactsOf, registerFactsSchema, type RegisterFacts, type RegisterFactsInput } from "./register-facts";
import { detail } from "@/lib/domain/error-details";

/** The register facts a save may change, each reported by name to the staff member. */
export const REGISTER_FACT_FIELDS = [
  "purposes",
  "categories",
  "recipients",
  "retention",
  "source",
  "legalBases",
  "automatedDecisions",
  "transfers",
  "registerTranslations",
] as const satisfies readonly (keyof RegisterFacts)[];

/**
 * Replaces a system's processing-register facts. `version` is the `updatedAt` the admin's form was
 * built from: a save over someone else's newer edit is refused rather than silently undoing it.
 * The audit entry records the facts before and after (business facts, no personal data).
 */
export async function updateRegisterFacts(p: {
  staffId: string;
  systemId: string;
  version: string;
  facts: RegisterFactsInput;
}): Promise<{ changed: (keyof RegisterFacts)[] }> {
  const facts = registerFactsSchema.parse(p.facts);
  return db().transaction(async (tx) => {
    const row = await lockDataSystem(tx, { id: p.systemId });
    if (!row) throw new DomainError("not_found", detail("admin.system_not_found"));
    if (row.updatedAt.toISOString() !== p.version) {
      throw new DomainError("conflict", detail("admin.system_changed_meanwhile"));
    }
    const before = registerFactsOf(row);
    const changed = REGISTER_FACT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(facts[f]));
    if (changed.length === 0) return { changed };
    await updateDataSystem(tx, { id: row.id, set: { ...facts, updatedAt: new Date() } });
    await appendAudit(tx, {
      actor: { type: "staff", id: p.staffId },
      action: "system.register_updated",
      payload: {
        systemId: row.id,
        key: row.key,
        changed,
        before: Object.fromEntries(changed.map((f) => [f, before[f]])),
        after: Object.fromEntries(changed.map((f) => [f, facts[f]])),
      },
    });
    return { changed };
  });
}
