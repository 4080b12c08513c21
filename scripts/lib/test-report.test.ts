import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPlaywrightReport, readVitestReport } from "./test-report";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "test-report-"));
const write = (name: string, body: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(body));
  return file;
};

describe("the summary of npm test names what failed", () => {
  it("Vitest: a failed test with its first error line, and a file that failed to import", () => {
    // Trimmed from a real `vitest run --reporter=json` of one failing test and one missing import.
    const file = write("vitest.json", {
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        {
          name: "/repo/lib/a.int.test.ts",
          status: "failed",
          message: "",
          assertionResults: [
            { fullName: "passes", status: "passed", failureMessages: [] },
            {
              fullName: "intake › fails",
              status: "failed",
              failureMessages: [
                "\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at /repo/lib/a.int.test.ts:3:31",
              ],
            },
          ],
        },
        {
          name: "/repo/lib/b.int.test.ts",
          status: "failed",
          message: "Cannot find module './missing-module' imported from /repo/lib/b.int.test.ts",
          assertionResults: [],
        },
      ],
    });
    expect(readVitestReport(file, "/repo")).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      failures: [
        "lib/a.int.test.ts › intake › fails: AssertionError: expected 1 to be 2",
        "lib/b.int.test.ts: Cannot find module './missing-module' imported from /repo/lib/b.int.test.ts",
      ],
      flaky: [],
    });
  });

  it("Playwright: failed and flaky tests, in nested describe blocks", () => {
    const file = write("playwright.json", {
      stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 },
      suites: [
        {
          file: "integrations.spec.ts",
          title: "integrations.spec.ts",
          specs: [
            { title: "ok", line: 5, tests: [{ status: "expected", results: [{}] }] },
            {
              title: "webhook row",
              line: 69,
              tests: [{ status: "flaky", results: [{ error: { message: "strict mode violation" } }, {}] }],
            },
          ],
          suites: [
            {
              file: "integrations.spec.ts",
              title: "inner",
              specs: [
                {
                  title: "fails",
                  line: 90,
                  tests: [{ status: "unexpected", results: [{ error: { message: "\nTimeout 5000ms exceeded" } }] }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(readPlaywrightReport(file)).toEqual({
      passed: 4,
      failed: 1,
      skipped: 0,
      failures: ["integrations.spec.ts:90 › fails: Timeout 5000ms exceeded"],
      flaky: ["integrations.spec.ts:69 › webhook row: strict mode violation"],
    });
  });

  it("a missing report counts as a failure and says so", () => {
    expect(readVitestReport(path.join(dir, "none.json"), "/repo").failures).toEqual([
      `no report at ${path.join(dir, "none.json")}`,
    ]);
  });
});
