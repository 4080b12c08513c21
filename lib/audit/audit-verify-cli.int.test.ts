import { spawnSync } from "node:child_process";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { appendAudit } from "./append";
import { chainAllAuditEntries } from "./chain";

const root = path.resolve(__dirname, "..", "..");

/** Runs the CLI as `npm run audit:verify` does, with this process's (instance) environment. */
function auditVerify(env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync("npx", ["tsx", "scripts/audit-verify.ts"], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/audit-verify.ts", { timeout: 90_000 }, () => {
  afterAll(() => closeDb());

  it("prints the entry count and exits 0 on an intact chain", async () => {
    await db().transaction((tx) =>
      appendAudit(tx, { actor: { type: "system", id: "test.audit.cli" }, action: "queues.operation" }),
    );
    await chainAllAuditEntries(db());
    const { status, stdout } = auditVerify();
    expect(stdout).toMatch(/^audit chain OK: \d+ entries( \(\d+ newer entries not linked yet by the workers\))?$/m);
    expect(status).toBe(0);
  });

  it("names the broken seq and exits 1 on a tampered chain", async () => {
    const { seq } = await db().transaction((tx) =>
      appendAudit(tx, {
        actor: { type: "system", id: "test.audit.cli" },
        action: "queues.operation",
        payload: { n: 1 },
      }),
    );
    // Tampering with an entry the chainer has not linked yet would be chained as tampered: link it first.
    await chainAllAuditEntries(db());
    const setPayload = (n: number) =>
      db().transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`update audit_log set payload = ${JSON.stringify({ n })}::jsonb where seq = ${seq}`);
      });
    await setPayload(2);
    try {
      const { status, stdout } = auditVerify();
      expect(stdout).toContain(`audit chain BROKEN at seq ${seq} (hash_mismatch)`);
      expect(status).toBe(1);
    } finally {
      await setPayload(1);
    }
  });

  it("exits 2 with one line when there is no database to check", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DSR_RUNTIME_ENV: path.join(root, "no-such-dir", "env.json") };
    delete env.DATABASE_URL;
    const { status, stdout, stderr } = auditVerify(env);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(
      stderr
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("audit-verify:")),
    ).toHaveLength(1);
  });
});
