import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  STEP_SUMMARY_SCHEMAS,
  StoredStepResultError,
  skipMarker,
  skipOf,
  stepSummary,
  summaryOf,
  typedSummaryOf,
  type SummaryOperation,
} from "./summaries";
import { STEP_DETAIL_SCHEMAS } from "./details";

// One realistic summary per operation, as the engine writes it.
const SAMPLES: { [Op in SummaryOperation]: unknown } = {
  collect: { records: { "shop.orders": 3 } },
  discover: { plan: [{ table: "shop.orders", action: "retain", rows: 2, exemption: "Art. 17(3)(b)", reason: "tax" }] },
  erase: {
    executed: [{ table: "shop.customers", action: "anonymise", affected: 1 }],
    remainingErasable: 0,
    retainedRowsStillPresent: { "shop.orders": 2 },
    alreadyErased: false,
  },
  read_current: { fields: 4 },
  rectify: { changed: { "shop.customers.phone": 1 } },
  restrict: { flagged: { "shop.customers": 1 } },
  lift_restriction: { lifted: { "shop.customers": 1 } },
  stop_marketing: { optedOut: { "shop.newsletter": 1 } },
  opt_out_sale: { optedOut: { "shop.customers": 1 } },
  limit_sensitive: { limited: { "shop.customers": 1 } },
  opt_out_targeted_ads: { optedOut: { "shop.customers": 1 } },
  opt_out_profiling: { optedOut: { "shop.customers": 1 } },
  opt_out_sensitive: { optedOut: { "shop.customers": 1 } },
  assemble: { exportId: randomUUID(), records: { "shop.orders": 3 }, sizeBytes: 2048 },
  notify_recipients: { notified: ["ParcelCo"], withoutAddress: [] },
  lift_notice: { mailKey: "lift-notice-1" },
  complete: { completed: true, result: "package" },
  review_package: { exclusions: [{ set: "shop.orders", index: 0, reason: "another person" }], excludedRecords: 1 },
  approve_erasure: { approved: { [randomUUID()]: ["shop.customers"] } },
  approve_changes: { changes: [{ systemId: randomUUID(), table: "shop.customers", field: "phone" }] },
};

const task = (operation: string, resultSummary: unknown, status = "succeeded") => ({
  id: "t1",
  operation,
  status,
  resultSummary,
});

describe("step summaries", () => {
  it("every operation's sample survives a write and a read unchanged (round trip through JSON)", () => {
    for (const op of Object.keys(STEP_SUMMARY_SCHEMAS) as SummaryOperation[]) {
      const written = stepSummary(op, SAMPLES[op]);
      const stored = JSON.parse(JSON.stringify(written));
      expect(summaryOf(op, task(op, stored)), op).toEqual(SAMPLES[op]);
      expect(typedSummaryOf(task(op, stored))).toEqual({ operation: op, summary: SAMPLES[op] });
    }
  });

  it("keeps what a manual or webhook step says while it waits, and counts a remote system adds", () => {
    expect(stepSummary("collect", { manual: true })).toEqual({ manual: true });
    expect(stepSummary("collect", { webhook: true, records: { crm: 2 }, pages: 3, partial: false })).toEqual({
      webhook: true,
      records: { crm: 2 },
      pages: 3,
      partial: false,
    });
  });

  it("refuses a malformed value with an error naming the field, not the value", () => {
    expect(() => stepSummary("collect", { records: { "shop.orders": "three" } })).toThrow(StoredStepResultError);
    expect(() => stepSummary("discover", { plan: [{ table: "t", action: "burn", rows: 1 }] })).toThrow(
      /plan\.0\.action/,
    );
    // Free text from a remote system could be a person's data: it is not stored in clear.
    expect(() => stepSummary("collect", { note: "Ada Lovelace, 12 rue X" })).toThrow(/note: only numbers/);
    expect(() => stepSummary("assemble", { records: {} })).toThrow(StoredStepResultError);
    expect(() => stepSummary("no_such_step", {})).toThrow(/no step operation/);
    expect(() => summaryOf("notify_recipients", task("notify_recipients", { notified: "ParcelCo" }))).toThrow(
      /request_tasks t1 \(notify_recipients\) result_summary does not match its schema: notified/,
    );
  });

  it("reads nothing for a step without a summary, and refuses to read a step as another operation", () => {
    expect(summaryOf("collect", task("collect", null))).toBeNull();
    expect(() => summaryOf("collect", task("discover", {}))).toThrow(/is discover, not collect/);
  });

  it("a skipped step carries why, and only that", () => {
    expect(skipOf(task("collect", skipMarker({ skipped: "CRM was disabled" }), "skipped"))).toEqual({
      skipped: "CRM was disabled",
    });
    expect(skipOf(task("collect", { stoppedBy: "rejected" }, "skipped"))).toEqual({ stoppedBy: "rejected" });
    expect(skipOf(task("collect", { records: {} }))).toBeNull();
    expect(summaryOf("collect", task("collect", { stoppedBy: "rejected" }, "skipped"))).toBeNull();
    expect(() => skipOf(task("collect", { stoppedBy: 3 }, "skipped"))).toThrow(StoredStepResultError);
    expect(() => skipMarker({ skipped: "x", stoppedBy: "y" } as never)).toThrow();
  });
});

describe("step details (encrypted)", () => {
  it("record sets, current values and approved changes round-trip, malformed ones are refused", () => {
    const sets = [
      {
        name: "crm.contacts",
        category: "Identity",
        providedBySubject: true,
        columns: ["email"],
        rows: [{ email: "a@b.test" }],
      },
    ];
    expect(STEP_DETAIL_SCHEMAS.collect.parse(JSON.parse(JSON.stringify(sets)))).toEqual(sets);
    expect(STEP_DETAIL_SCHEMAS.collect.safeParse([{ ...sets[0], rows: "x" }]).success).toBe(false);
    const values = [{ table: "shop.customers", field: "phone", value: null }];
    expect(STEP_DETAIL_SCHEMAS.read_current.parse(values)).toEqual(values);
    expect(STEP_DETAIL_SCHEMAS.read_current.safeParse([{ table: "t", value: "x" }]).success).toBe(false);
    const approved = { changes: [{ systemId: "s", table: "t", field: "f", value: "new" }] };
    expect(STEP_DETAIL_SCHEMAS.approve_changes.parse(approved)).toEqual(approved);
    expect(STEP_DETAIL_SCHEMAS.approve_changes.safeParse({ changes: [{ systemId: "s" }] }).success).toBe(false);
  });
});
