import fs from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { expect, it } from "vitest";

/** The embedded Redis of the running test instance (issue 14, item 13). */
const url = new URL(process.env.REDIS_URL!);
const dataDir = process.env.DATA_DIR!;

async function ping(password?: string): Promise<string> {
  const client = new Redis({
    host: url.hostname,
    port: Number(url.port),
    password,
    lazyConnect: true,
    enableReadyCheck: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return await client.ping();
  } catch (err) {
    return (err as Error).message;
  } finally {
    client.disconnect();
  }
}

it("refuses a connection without the generated password, and answers with it", async () => {
  expect(await ping()).toMatch(/NOAUTH/);
  expect(await ping("not-the-password")).toMatch(/WRONGPASS|invalid password/i);
  const password = decodeURIComponent(url.password);
  expect(password.length).toBeGreaterThanOrEqual(32);
  expect(await ping(password)).toBe("PONG");
  // The password is kept with the other secrets, so a restart uses the same one.
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as Record<string, string>;
  expect(secrets.REDIS_PASSWORD).toBe(password);
});

it("keeps Redis's folder 700 and its files (config with the password, AOF, pid) 600, like the secrets", () => {
  const modeOf = (p: string) => fs.statSync(p).mode & 0o777;
  const redisDir = path.join(dataDir, "redis");
  expect(modeOf(redisDir)).toBe(0o700);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        expect([full, modeOf(full)]).toEqual([full, 0o700]);
        walk(full);
      } else files.push(full);
    }
  };
  walk(redisDir);
  expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(["redis.conf", "redis.pid"]));
  expect(files.some((f) => f.includes("appendonly"))).toBe(true);
  for (const f of files) expect([f, modeOf(f)]).toEqual([f, 0o600]);
  expect(modeOf(path.join(dataDir, "secrets.json"))).toBe(0o600);
  expect(modeOf(path.join(dataDir, "run", "env.json"))).toBe(0o600);
});
