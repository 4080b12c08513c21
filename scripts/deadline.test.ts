import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function runCli(...args: string[]) {
  const result = spawnSync(tsx, ["scripts/deadline.ts", ...args], { cwd: root, encoding: "utf8", timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/deadline.ts", { timeout: 60_000 }, () => {
  it("prints one JSON object for a good case (English by default, French with --lang fr)", () => {
    const { status, stdout } = runCli("--jurisdiction", "FR", "--received", "2025-06-13T10:00:00+02:00");
    expect(status).toBe(0);
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

    const fr = JSON.parse(
      runCli(
        "--jurisdiction",
        "FR",
        "--received",
        "2025-06-13",
        "--extended",
        "--pause",
        "2025-06-20/2025-06-25",
        "--lang",
        "fr",
      ).stdout,
    );
    expect(fr).toMatchObject({ pausedDays: 5, firstDueDate: "2025-07-18", dueDate: "2025-09-18" });
    expect(fr.explanation[0]).toMatch(/^Reçue le vendredi 13 juin 2025/);
  });

  it.each([
    ["unknown flag", ["--jurisdiction", "FR", "--received", "2025-06-13", "--frobnicate"]],
    ["missing --jurisdiction", ["--received", "2025-06-13"]],
    ["missing --received", ["--jurisdiction", "FR"]],
    ["unparseable date", ["--jurisdiction", "FR", "--received", "13/06/2025"]],
    ["unknown jurisdiction", ["--jurisdiction", "XX", "--received", "2025-06-13"]],
    ["extension where the regime has none", ["--jurisdiction", "CH", "--received", "2025-06-13", "--extended"]],
    ["pause TO before FROM", ["--jurisdiction", "FR", "--received", "2025-06-13", "--pause", "2025-06-25/2025-06-20"]],
  ])("exits 2 with a one-line message: %s", (_name, args) => {
    const { status, stdout, stderr } = runCli(...args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
