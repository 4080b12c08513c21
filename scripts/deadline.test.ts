import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./deadline";

/** Runs the command in this process, as the CLI would, and collects what it writes. */
function runMain(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const status = main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

describe("scripts/deadline.ts main()", () => {
  it("prints one JSON object for a good case (English by default)", () => {
    const { status, stdout, stderr } = runMain("--jurisdiction", "FR", "--received", "2025-06-13T10:00:00+02:00");
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.endsWith("}\n")).toBe(true);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({
      regime: "GDPR",
      timeZone: "Europe/Paris",
      receivedDate: "2025-06-13",
      firstDueDate: "2025-07-15",
      dueDate: "2025-07-15",
      extendedDueDate: "2025-09-15",
      extensionNoticeBy: "2025-07-15",
      acknowledgeBy: null,
      pausedDays: 0,
    });
    expect(output.explanation[0]).toMatch(/^Received on Friday 13 June 2025/);
  });

  it("extends, pauses and explains in French with --lang fr", () => {
    const { status, stdout } = runMain(
      "--jurisdiction",
      "FR",
      "--received",
      "2025-06-13",
      "--extended",
      "--pause",
      "2025-06-20/2025-06-25",
      "--lang",
      "fr",
    );
    expect(status).toBe(0);
    const fr = JSON.parse(stdout);
    expect(fr).toMatchObject({ pausedDays: 5, firstDueDate: "2025-07-18", dueDate: "2025-09-18" });
    expect(fr.explanation[0]).toMatch(/^Reçue le vendredi 13 juin 2025/);
  });

  it("--controller: a German resident writing to a French shop is due on 3 October 2025, not 6", () => {
    const viaJurisdiction = runMain("--jurisdiction", "DE", "--controller", "FR", "--received", "2025-09-03");
    const viaResident = runMain("--resident", "DE", "--controller", "FR", "--received", "2025-09-03");
    for (const { status, stdout } of [viaJurisdiction, viaResident]) {
      expect(status).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({
        regime: "GDPR",
        jurisdiction: "DE",
        controller: "FR",
        timeZone: "Europe/Paris",
        holidayCalendar: "FR",
        dueDate: "2025-10-03",
      });
    }
    // J alone keeps its meaning: the law and the calendar of Germany.
    expect(JSON.parse(runMain("--jurisdiction", "DE", "--received", "2025-09-03").stdout).dueDate).toBe("2025-10-06");
  });

  it("--resident US-CA --controller FR: 45 calendar days, acknowledgement in California business days", () => {
    const { status, stdout } = runMain("--resident", "US-CA", "--controller", "FR", "--received", "2025-11-26");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      regime: "CCPA",
      controller: "FR",
      firstDueDate: "2026-01-10",
      acknowledgeBy: "2025-12-11",
    });
  });

  it.each([
    [
      "resident and jurisdiction under different laws",
      ["--jurisdiction", "FR", "--resident", "US-CA", "--received", "2025-06-13"],
      /--resident US-CA is protected by CCPA, but --jurisdiction FR applies GDPR/,
    ],
    [
      "unknown controller",
      ["--jurisdiction", "FR", "--controller", "XX", "--received", "2025-06-13"],
      /--controller "XX"/,
    ],
    ["unknown flag", ["--jurisdiction", "FR", "--received", "2025-06-13", "--frobnicate"], /Unknown option/],
    ["missing --jurisdiction", ["--received", "2025-06-13"], /--jurisdiction is required/],
    ["missing --received", ["--jurisdiction", "FR"], /--received is required/],
    ["unparseable date", ["--jurisdiction", "FR", "--received", "13/06/2025"], /--received: not an ISO instant/],
    ["unknown jurisdiction", ["--jurisdiction", "XX", "--received", "2025-06-13"], /unknown jurisdiction "XX"/],
    ["bad --lang", ["--jurisdiction", "FR", "--received", "2025-06-13", "--lang", "de"], /--lang must be en or fr/],
    [
      "extension where the regime has none",
      ["--jurisdiction", "CH", "--received", "2025-06-13", "--extended"],
      /extension/i,
    ],
    [
      "pause TO before FROM",
      ["--jurisdiction", "FR", "--received", "2025-06-13", "--pause", "2025-06-25/2025-06-20"],
      /--pause: TO is before FROM/,
    ],
  ])("exits 2 with a one-line message: %s", (_name, args, message) => {
    const { status, stdout, stderr } = runMain(...args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith("deadline: ")).toBe(true);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe("--type: the request type where it changes the period", () => {
  it("a Virginia opt-out: 45 calendar days across the month end, extendable to 90; California's: 15 business days", () => {
    const va = runMain("--jurisdiction", "US-VA", "--type", "opt_out_sale", "--received", "2026-01-20");
    expect(va.status).toBe(0);
    expect(JSON.parse(va.stdout)).toMatchObject({
      regime: "US_VA",
      firstDueDate: "2026-03-06",
      extendedDueDate: "2026-04-20",
    });
    const ca = runMain("--jurisdiction", "US-CA", "--type", "opt_out_sale", "--received", "2026-01-20");
    expect(JSON.parse(ca.stdout)).toMatchObject({ regime: "CCPA", dueDate: "2026-02-10", extendedDueDate: null });
  });

  it("refuses an unknown type (exit 2, one line)", () => {
    const bad = runMain("--jurisdiction", "US-VA", "--type", "opt_out_everything", "--received", "2026-01-20");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^deadline: --type must be one of .*opt_out_sale/);
  });
});

describe("scripts/deadline.ts as a command", () => {
  it("runs end to end under tsx: JSON on stdout, nothing on stderr, exit 0", () => {
    const root = path.resolve(__dirname, "..");
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    const cli = (...args: string[]) =>
      spawnSync(tsx, ["scripts/deadline.ts", ...args], { cwd: root, encoding: "utf8", timeout: 30_000 });
    const good = cli("--jurisdiction", "FR", "--received", "2025-06-13T10:00:00+02:00");
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ jurisdiction: "FR", dueDate: "2025-07-15" });
    expect(good.stderr).toBe("");
  }, 60_000);
});
