import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_NAMES } from "@/lib/domain/audit-actions";
import { auditActionLabel, auditActionOptions, auditFields, auditSentence, type AuditNames } from "./audit-sentence";

const names: AuditNames = {
  staff: new Map([
    ["s-alex", "Alex Agent"],
    ["s-dora", "Dora DPO"],
  ]),
  apiKeys: new Map([["k-1", "CRM sync"]]),
  references: new Map([
    ["r-1", "DSR-2026-000123"],
    ["r-2", "DSR-2026-000007"],
  ]),
  systems: new Map([["sys-shop", "Demo Shop"]]),
};
const entry = (e: Partial<Parameters<typeof auditSentence>[0]> & { action: string }) => ({
  actorType: "staff",
  actorId: "s-dora",
  requestId: "r-1",
  payload: {},
  ...e,
});

describe("audit sentences", () => {
  it("says who did what to which request, by name and reference, in English and French", () => {
    const assigned = entry({
      action: "request.assigned",
      payload: { from: "new", to: "new", version: 3, assigneeId: "s-alex" },
    });
    expect(auditSentence(assigned, names, "en")).toBe("Dora DPO assigned request DSR-2026-000123 to Alex Agent.");
    expect(auditSentence(assigned, names, "fr")).toBe("Dora DPO a attribué la demande DSR-2026-000123 à Alex Agent.");
    const refused = entry({ action: "request.refused", payload: { from: "new", to: "rejected", reasonCode: "other" } });
    expect(auditSentence(refused, names, "en")).toBe("Dora DPO refused request DSR-2026-000123.");
  });

  it("names the system, the subject and API keys as actors", () => {
    expect(
      auditSentence(entry({ action: "request.submitted", actorType: "subject", actorId: null }), names, "en"),
    ).toBe("The subject filed request DSR-2026-000123.");
    expect(auditSentence(entry({ action: "request.completed", actorType: "system", actorId: null }), names, "fr")).toBe(
      "Le système a clos la demande DSR-2026-000123.",
    );
    expect(
      auditSentence(entry({ action: "request.started", actorType: "api_key", actorId: "k-1" }), names, "en"),
    ).toMatch(/CRM sync.* started work on request DSR-2026-000123\./);
  });

  it("names fulfilment steps and the system they ran in", () => {
    const step = entry({
      action: "task.succeeded",
      actorType: "system",
      actorId: null,
      payload: { taskId: "t1", operation: "erase", systemId: "sys-shop" },
    });
    expect(auditSentence(step, names, "en")).toBe(
      "The system finished a step of request DSR-2026-000123: Erase in Demo Shop.",
    );
    const position = entry({
      action: "fulfilment.position_started",
      actorType: "system",
      actorId: null,
      payload: { position: 2, operations: ["approve_erasure"], steps: 1 },
    });
    expect(auditSentence(position, names, "en")).toBe(
      "The system started a fulfilment step of request DSR-2026-000123: DPO approval.",
    );
  });

  it("targets the account for staff actions without a request", () => {
    const created = entry({
      action: "staff.user_created",
      requestId: null,
      payload: { userId: "s-alex", role: "agent" },
    });
    expect(auditSentence(created, names, "en")).toBe("Dora DPO created the account of Alex Agent.");
    expect(auditSentence(created, names, "fr")).toBe("Dora DPO a créé le compte de Alex Agent.");
  });

  it("has a sentence and a label (not the raw name) for every audit action, in both languages", () => {
    for (const action of AUDIT_ACTION_NAMES)
      for (const locale of ["en", "fr"] as const) {
        const s = auditSentence(entry({ action }), names, locale);
        expect(s, action).not.toContain("{");
        expect(s, action).toMatch(/\.$/);
        expect(auditActionLabel(action, locale), action).not.toBe(action);
      }
    const options = auditActionOptions("fr").flatMap((g) => g.actions);
    expect(options.map((o) => o.value).sort()).toEqual([...AUDIT_ACTION_NAMES].sort());
  });
});

describe("audit details as labelled fields", () => {
  it("labels each field, shows names for ids, statuses in words, and hides the version", () => {
    const fields = auditFields(
      entry({
        action: "request.assigned",
        payload: { from: "new", to: "in_progress", version: 4, assigneeId: "s-alex" },
      }),
      names,
      "en",
    );
    expect(fields).toEqual([
      { label: "From", value: "New" },
      { label: "To", value: "In progress" },
      { label: "Assignee", value: "Alex Agent" },
    ]);
  });

  it("nests objects as fields, never as JSON", () => {
    const fields = auditFields(
      entry({
        action: "request.regime_corrected",
        payload: {
          reason: "Lives in Geneva",
          from: { jurisdiction: "FR", regime: "gdpr", dueDate: "2026-12-01" },
          to: { jurisdiction: "CH", regime: "nfadp", dueDate: "2026-12-01" },
          controllerCountry: "FR",
        },
      }),
      names,
      "fr",
    );
    expect(fields[0]).toEqual({ label: "Motif", value: "Lives in Geneva" });
    expect(fields[1]).toEqual({
      label: "Avant",
      fields: [
        { label: "Résidence", value: "FR" },
        { label: "Régime", value: "gdpr" },
        { label: "Échéance", value: "2026-12-01" },
      ],
    });
    expect(JSON.stringify(fields)).not.toContain('{\\"');
  });
});

describe("the state opt-outs in the audit trail (issue 13)", () => {
  it("names the request type and the step in words, in English and French", () => {
    const submitted = entry({
      action: "request.submitted",
      actorType: "subject",
      actorId: null,
      payload: { type: "opt_out_targeted_ads", gpc: true },
    });
    expect(auditFields(submitted, names, "en")).toContainEqual({
      label: expect.any(String),
      value: "no targeted advertising",
    });
    expect(auditFields(submitted, names, "fr")).toContainEqual({
      label: expect.any(String),
      value: "refus de la publicité ciblée",
    });
    const step = entry({
      action: "task.succeeded",
      actorType: "system",
      actorId: null,
      payload: { operation: "opt_out_profiling", systemId: "sys-shop" },
    });
    expect(auditSentence(step, names, "en")).toContain("Opt out of profiling");
    expect(auditSentence(step, names, "fr")).toContain("Refuser le profilage");
  });
});
