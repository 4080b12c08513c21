import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import { expect, it } from "vitest";

/** The embedded Redis of the running test instance (issue 14, item 13). */
const url = new URL(process.env.REDIS_URL!);
const dataDir = process.env.DATA_DIR!;

/** Raw RESP over TCP: what any local process could send. Answers the server's reply lines. */
function send(commands: string[][]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let reply = "";
    const payload = commands
      .map((argv) => `*${argv.length}\r\n${argv.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`)
      .join("");
    socket.on("connect", () => socket.write(payload));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.split("\r\n").length > commands.length) socket.end();
    });
    socket.on("close", () => resolve(reply.trim()));
    socket.on("error", reject);
    setTimeout(() => socket.destroy(), 3_000);
  });
}

it("refuses a connection without the generated password, and answers with it", async () => {
  expect(await send([["PING"]])).toMatch(/^-NOAUTH/);
  expect(await send([["KEYS", "*"]])).toMatch(/^-NOAUTH/);
  expect(await send([["AUTH", "not-the-password"], ["PING"]])).toMatch(/^-WRONGPASS[\s\S]*-NOAUTH/);
  const password = decodeURIComponent(url.password);
  expect(password.length).toBeGreaterThanOrEqual(32);
  expect(await send([["AUTH", password], ["PING"]])).toBe("+OK\r\n+PONG");
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
