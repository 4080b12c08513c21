import { describe, expect, it } from "vitest";
import { doneFromResult, stepResultSchema } from "./connector";

const set = {
  name: "crm.contacts",
  category: "Identity",
  providedBySubject: true,
  columns: ["email"],
  rows: [{ email: "a@example.net" }, { email: "b@example.net" }],
};

describe("what a finished step must carry", () => {
  it("collect needs record sets; the detail is the record sets, the summary counts rows", () => {
    expect(stepResultSchema("collect").safeParse({ summary: {} }).success).toBe(false);
    expect(stepResultSchema("collect").safeParse({ recordSets: [{ ...set, rows: "x" }] }).success).toBe(false);
    const parsed = stepResultSchema("collect").parse({ recordSets: [set] });
    expect(doneFromResult("collect", parsed)).toEqual({ summary: { records: { "crm.contacts": 2 } }, detail: [set] });
    // The system's own summary wins.
    expect(doneFromResult("collect", { summary: { records: { x: 1 } }, recordSets: [set] }).summary).toEqual({
      records: { x: 1 },
    });
  });

  it("read_current needs current values, detail = the values", () => {
    expect(stepResultSchema("read_current").safeParse({}).success).toBe(false);
    const values = [{ table: "crm.contacts", field: "phone", value: null }];
    expect(doneFromResult("read_current", stepResultSchema("read_current").parse({ currentValues: values }))).toEqual({
      summary: { fields: 1 },
      detail: values,
    });
  });

  it("discover needs an erasure plan in the summary; free text in a summary is dropped (it is stored in clear)", () => {
    expect(stepResultSchema("discover").safeParse({ summary: {} }).success).toBe(false);
    expect(
      stepResultSchema("discover").safeParse({ summary: { plan: [{ table: "t", action: "burn", rows: 1 }] } }).success,
    ).toBe(false);
    const plan = [{ table: "crm.contacts", action: "delete", rows: 1 }];
    const summary = { plan, note: "Jane Doe asked twice", flagged: 2, perTable: { "crm.contacts": 1 } };
    expect(doneFromResult("discover", stepResultSchema("discover").parse({ summary }))).toEqual({
      summary: { plan, flagged: 2, perTable: { "crm.contacts": 1 } },
    });
  });

  it("other operations take an optional summary and no detail", () => {
    expect(doneFromResult("restrict", stepResultSchema("restrict").parse({}))).toEqual({ summary: {} });
    expect(doneFromResult("erase", stepResultSchema("erase").parse({ summary: { deleted: 3 } }))).toEqual({
      summary: { deleted: 3 },
    });
  });
});
