import { describe, expect, it } from "vitest";
import { systemsWithRecords } from "./systems-with-records";

let n = 0;
const task = (systemId: string, operation: string, resultSummary: unknown, status = "succeeded") => ({
  id: `t${++n}`,
  systemId,
  operation,
  status,
  resultSummary,
});

describe("systemsWithRecords (Art. 19: only systems that held the person's records)", () => {
  it("erasure: a system whose discovery counted rows, not one that found none", () => {
    const tasks = [
      task("shop", "discover", { plan: [{ table: "shop.customers", action: "delete", rows: 1 }] }),
      task("news", "discover", { plan: [{ table: "news.subscribers", action: "delete", rows: 0 }] }),
      task("shop", "erase", { executed: [{ table: "shop.customers", action: "delete", affected: 1 }] }),
      task("news", "erase", { executed: [{ table: "news.subscribers", action: "delete", affected: 0 }] }),
    ];
    expect(systemsWithRecords("erasure", tasks)).toEqual(["shop"]);
  });

  it("restriction and rectification: by the rows flagged or changed", () => {
    expect(
      systemsWithRecords("restriction", [
        task("a", "restrict", { flagged: { "a.people": 2 } }),
        task("b", "restrict", { flagged: { "b.people": 0 } }),
      ]),
    ).toEqual(["a"]);
    expect(
      systemsWithRecords("rectification", [
        task("a", "rectify", { changed: { "a.people": 0 } }),
        task("b", "rectify", { changed: { "b.people": 1 } }),
      ]),
    ).toEqual(["b"]);
  });

  it("a manual or webhook step that reports no count cannot rule a system out; a failed or skipped one did not act", () => {
    expect(
      systemsWithRecords("restriction", [
        task("paper", "restrict", { manual: true, completedByPerson: true }),
        task("gone", "restrict", { skipped: "system disabled" }, "skipped"),
        task("down", "restrict", null, "failed"),
      ]),
    ).toEqual(["paper"]);
  });
});
