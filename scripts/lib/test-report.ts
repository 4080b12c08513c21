import fs from "node:fs";

/** What one stage of `npm test` reports: its counts, and the tests to name in the summary. */
export type StageReport = {
  passed: number;
  failed: number;
  skipped: number;
  /** "file › test: first line of the error", for each failed test. */
  failures: string[];
  /** Tests that failed once and passed on their retry (Playwright only: Vitest's JSON does not say). */
  flaky: string[];
};

const firstLine = (message: string | undefined) =>
  (message ?? "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0)
    ?.slice(0, 200) ?? "";

const unreadable = (file: string): StageReport => ({
  passed: 0,
  failed: 1,
  skipped: 0,
  failures: [`no report at ${file}`],
  flaky: [],
});

type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    message?: string;
    status: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] | null }[];
  }[];
};

/** Reads Vitest's JSON report. A file that fails before any test runs (an import error) is named too. */
export function readVitestReport(file: string, root: string): StageReport {
  let r: VitestJson;
  try {
    r = JSON.parse(fs.readFileSync(file, "utf8")) as VitestJson;
  } catch {
    return unreadable(file);
  }
  const failures: string[] = [];
  for (const f of r.testResults) {
    const where = f.name.startsWith(root) ? f.name.slice(root.length + 1) : f.name;
    const failed = f.assertionResults.filter((a) => a.status === "failed");
    for (const a of failed) failures.push(`${where} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    if (f.status === "failed" && failed.length === 0) failures.push(`${where}: ${firstLine(f.message)}`);
  }
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
    failures,
    flaky: [],
  };
}

type PlaywrightSuite = {
  file: string;
  title: string;
  specs?: {
    title: string;
    line: number;
    tests: { status: string; results: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
};
type PlaywrightJson = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
};

/** Reads Playwright's JSON report: failed tests ("unexpected") and those passed on a retry ("flaky"). */
export function readPlaywrightReport(file: string): StageReport {
  let r: PlaywrightJson;
  try {
    r = JSON.parse(fs.readFileSync(file, "utf8")) as PlaywrightJson;
  } catch {
    return unreadable(file);
  }
  const failures: string[] = [];
  const flaky: string[] = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) {
        const name = `${suite.file}:${spec.line} › ${spec.title}`;
        const error = t.results.find((res) => res.error)?.error?.message;
        if (t.status === "unexpected") failures.push(`${name}: ${firstLine(error)}`);
        if (t.status === "flaky") flaky.push(`${name}: ${firstLine(error)}`);
      }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of r.suites) walk(s);
  return {
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
    failures,
    flaky,
  };
}
