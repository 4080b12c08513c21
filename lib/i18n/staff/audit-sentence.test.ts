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
      { label: "Status", value: "New → In progress" },
      { label: "Assignee", value: "Alex Agent" },
    ]);
  });

  it("shows only what an assignment changed: the assignee before → after by name, no unchanged status", () => {
    const assigned = entry({
      action: "request.assigned",
      payload: {
        from: "new",
        to: "new",
        version: 3,
        actorKind: "staff",
        actorId: "s-dora",
        actorRole: "dpo",
        assigneeId: "s-alex",
        previousAssigneeId: null,
      },
    });
    expect(auditFields(assigned, names, "en")).toEqual([{ label: "Assignee", value: "nobody → Alex Agent" }]);
    expect(auditFields(assigned, names, "fr")).toEqual([{ label: "Responsable", value: "personne → Alex Agent" }]);
    const handedOver = entry({
      action: "request.assigned",
      payload: { from: "in_progress", to: "in_progress", assigneeId: "s-dora", previousAssigneeId: "s-alex" },
    });
    expect(auditFields(handedOver, names, "en")).toEqual([{ label: "Assignee", value: "Alex Agent → Dora DPO" }]);
    // An unknown account is not shown by its id.
    const gone = entry({
      action: "request.assigned",
      payload: { from: "new", to: "new", assigneeId: "0b6c1d9e-0000-4000-8000-000000000001", previousAssigneeId: null },
    });
    expect(JSON.stringify(auditFields(gone, names, "en"))).not.toContain("0b6c1d9e");
  });

  it("shows a role or language change as one line in words, and not as a status", () => {
    const role = entry({
      action: "staff.role_changed",
      requestId: null,
      payload: { userId: "s-alex", from: "agent", to: "dpo" },
    });
    expect(auditFields(role, names, "en")).toEqual([
      { label: "Role", value: "agent → DPO" },
      { label: "Account", value: "Alex Agent" },
    ]);
    const language = entry({ action: "staff.language_changed", requestId: null, payload: { from: "en", to: "fr" } });
    expect(auditFields(language, names, "fr")).toEqual([{ label: "Langue", value: "English → Français" }]);
  });

  it("keeps internal ids and raw keys out of messages, notes and extensions; dates as the staff screens write them", () => {
    const id = "5f0e8a52-7c1b-4b7e-9a57-0d7f3f6f1c11";
    const sent = entry({
      action: "request.message_sent",
      payload: { messageId: id, template: "staff_message", locale: "fr" },
    });
    expect(auditFields(sent, names, "en")).toEqual([
      { label: "Mail", value: "Message from the team" },
      { label: "Language", value: "Français" },
    ]);
    expect(auditFields(entry({ action: "request.note_added", payload: { noteId: id } }), names, "en")).toEqual([]);
    const replied = entry({ action: "request.subject_message", payload: { messageId: id, length: 1200 } });
    expect(JSON.stringify(auditFields(replied, names, "fr"))).not.toContain(id);
    const extended = entry({
      action: "request.extended",
      payload: { from: "in_progress", to: "in_progress", reason: "Complex request", dueDate: "2026-03-01" },
    });
    expect(auditFields(extended, names, "en")).toEqual([
      { label: "Reason", value: "Complex request" },
      { label: "Due date", value: "1 Mar 2026" },
    ]);
    expect(auditFields(extended, names, "fr")).toContainEqual({ label: "Échéance", value: "1er mars 2026" });
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
        { label: "Échéance", value: "1er déc. 2026" },
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
