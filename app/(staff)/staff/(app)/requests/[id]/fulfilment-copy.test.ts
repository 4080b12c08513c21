import { describe, expect, it } from "vitest";
import type { TypedSummary } from "@/lib/fulfilment/step-results/summaries";
import { staffFr } from "@/lib/i18n/staff/fr";
import { describeStep, labelOf } from "./fulfilment-copy";

const done = (typed: TypedSummary, extra: { by?: string; note?: string } = {}) =>
  describeStep({ kind: "done", by: extra.by ?? null, note: extra.note ?? null, ...typed });

describe("describeStep", () => {
  it("says what each step found or did, from the summary alone", () => {
    expect(done({ operation: "collect", summary: { records: { "shop.orders": 3, "shop.customers": 1 } } })).toBe(
      "4 records — shop.orders 3 · shop.customers 1",
    );
    expect(done({ operation: "collect", summary: { records: {} } })).toBe("No records found");
    expect(done({ operation: "review_package", summary: { exclusions: [], excludedRecords: 1 } }, { by: "Ann" })).toBe(
      "Approved by Ann, 1 record left out",
    );
    expect(
      done({
        operation: "discover",
        summary: {
          plan: [
            { table: "a", action: "delete", rows: 1 },
            { table: "b", action: "anonymise", rows: 1 },
            { table: "c", action: "retain", rows: 1 },
            { table: "d", action: "retain", rows: 2 },
          ],
        },
      }),
    ).toBe("4 tables, 1 delete, 1 anonymise, 2 kept");
    expect(
      done({ operation: "approve_erasure", summary: { approved: {} } }, { by: "Dora", note: "ok with accounting" }),
    ).toBe("Approved by Dora — ok with accounting");
    expect(
      done({
        operation: "erase",
        summary: {
          executed: [{ table: "shop.customers", action: "anonymise", affected: 1 }],
          retainedRowsStillPresent: { "shop.orders": 2 },
        },
      }),
    ).toBe("shop.customers anonymised 1; nothing erasable left; 2 rows kept under exemption");
    // A kept table: the rows kept, and the rows whose named fields were cleared — never "retain 0".
    expect(
      done({
        operation: "erase",
        summary: {
          executed: [
            { table: "shop.orders", action: "retain", affected: 5 },
            { table: "shop.order_items", action: "retain", affected: 0 },
          ],
          retainedRowsStillPresent: { "shop.orders": 5, "shop.order_items": 9 },
        },
      }),
    ).toBe(
      "shop.orders kept 5 (named fields cleared in 5) · shop.order_items kept 9; nothing erasable left; 14 rows kept under exemption",
    );
    expect(
      done({ operation: "notify_recipients", summary: { notified: ["ParcelCo"], withoutAddress: ["Archive Ltd"] } }),
    ).toBe("Notified ParcelCo; no address, contact by hand: Archive Ltd");
    expect(done({ operation: "rectify", summary: { changed: { "shop.customers.phone": 1 } } })).toBe(
      "Changed shop.customers.phone 1",
    );
    const change = { systemId: "s", table: "t", field: "f" };
    expect(done({ operation: "approve_changes", summary: { changes: [change, change] } }, { by: "Ann" })).toBe(
      "2 changes approved by Ann",
    );
  });

  it("a skipped step says why; an unfinished one says nothing; a manual task names who did it", () => {
    expect(describeStep({ kind: "skipped", marker: { skipped: "CRM was disabled" } })).toBe(
      "Skipped: CRM was disabled",
    );
    expect(describeStep({ kind: "skipped", marker: { stoppedBy: "rejected" } })).toBe("Skipped");
    expect(describeStep({ kind: "none" })).toBeNull();
    expect(describeStep({ kind: "done_by_hand", by: "Ann", note: "found 2 letters" })).toBe(
      "Done by hand by Ann: found 2 letters",
    );
    expect(describeStep({ kind: "done_by_hand", by: "Ann", note: null })).toBe("Done by hand by Ann");
  });

  it("labels every planned operation", () => {
    expect(labelOf("collect")).toBe("Collect data");
    expect(labelOf("lift_notice")).toBe("Notify subject before lifting");
    expect(labelOf("some_new_step")).toBe("some new step");
  });
});

describe("describeStep in French", () => {
  it("takes its words from the French catalogue", () => {
    const fr = staffFr.stepResults;
    expect(
      describeStep(
        {
          kind: "done",
          by: "Ann",
          note: null,
          operation: "review_package",
          summary: { exclusions: [], excludedRecords: 2 },
        },
        fr,
      ),
    ).toBe("Approuvé par Ann, 2 enregistrements écarté(s)");
    expect(
      describeStep({ kind: "done", by: null, note: null, operation: "collect", summary: { records: {} } }, fr),
    ).toBe("Aucun enregistrement trouvé");
    expect(describeStep({ kind: "skipped", marker: { skipped: "CRM désactivé" } }, fr)).toBe("Ignorée : CRM désactivé");
  });
});
