import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { appUrl, env } from "@/lib/env";
import { waitForMail } from "@/scripts/test-support/mailbox";

/** The embedded Redis of the instance under test (its pid file sits in DATA_DIR/redis). */
function redisPid(): number | null {
  const file = path.join(env().DATA_DIR, "redis", "redis.pid");
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").trim()) : null;
}

afterAll(() => closeDb());

it("accepts a request while Redis is down and sends its mail once Redis is back", async () => {
  const pid = redisPid();
  expect(pid, "needs the embedded Redis started by npm test").toBeTruthy();
  const to = `redis-down.${randomBytes(4).toString("hex")}@example.net`;
  // SIGSTOP freezes Redis: connections stay open but nothing answers, as in a network partition.
  process.kill(pid!, "SIGSTOP");
  try {
    const health = await fetch(`${appUrl()}/api/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { redis: string }).redis).toBe("down");

    const started = Date.now();
    const res = await fetch(`${appUrl()}/api/v1/requests`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "access", email: to, fullName: "Redis Down", locale: "en" }),
    });
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(5_000);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await listDevMail(db(), { to })).toHaveLength(0);
  } finally {
    process.kill(pid!, "SIGCONT");
  }
  const mail = await waitForMail(to, /./, 60_000);
  expect(mail.text).toMatch(/\d{6}/);
});
