import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../services/ports";
import { startSmtpSink } from "../services/smtp-sink";
import { burst } from "./burst";
import { q, settleBurst, type Figures } from "./checks";
import { productLog, type Cluster } from "./cluster";
import { downloadAcross } from "./package-across";

/**
 * Two web processes (scripts/next-server.ts on two ports) and two workers processes (workers/index.ts)
 * on the same PostgreSQL and Redis, with the same environment, and an SMTP sink of our own. The
 * supervised product is stopped first: only these four serve.
 */
async function startReplicas(c: Cluster) {
  const env = c.productEnv();
  const ports = [await freePort(), await freePort()];
  const sink = await startSmtpSink({ port: c.ports.smtp, databaseUrl: c.databaseUrl, log: () => undefined });
  const children: ChildProcess[] = [];
  const out = fs.openSync(productLog(c.dataDir), "a");
  // Each process its own DATA_DIR, as on separate machines: nothing may rely on a shared disk.
  const spawnOne = (args: string[], extra: Record<string, string>) => {
    const machine = path.join(c.dataDir, `machine-${children.length + 1}`);
    fs.mkdirSync(machine, { recursive: true });
    extra = { DATA_DIR: machine, ...extra };
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      env: { ...process.env, ...env, ...extra },
      stdio: ["ignore", out, out],
      detached: true,
    });
    children.push(child);
  };
  for (const port of ports)
    spawnOne(["scripts/next-server.ts", "--hostname", "127.0.0.1", "--port", String(port)], {
      PORT: String(port),
      NODE_ENV: "production",
    });
  spawnOne(["workers/index.ts"], {});
  spawnOne(["workers/index.ts"], {});
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  const until = Date.now() + 120_000;
  for (const url of urls)
    while (!(await c.healthy(url))) {
      if (Date.now() > until) throw new Error(`replica ${url} not healthy within 120 s`);
      await new Promise((r) => setTimeout(r, 500));
    }
  return {
    urls,
    async stop() {
      for (const child of children)
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
      await Promise.all(
        children.map((child) =>
          child.exitCode !== null || child.signalCode !== null
            ? undefined
            : new Promise((r) => {
                const t = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000);
                child.once("exit", () => r(clearTimeout(t)));
              }),
        ),
      );
      await sink.stop();
    },
  };
}

/** next-auth's credentials flow against one replica: the cookie header of a signed-in session. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const pair = cookie.split(";")[0]!;
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
    return res;
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = keep(await fetch(`${base}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  keep(
    await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    }),
  );
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in on ${base} failed`);
  return header();
}

/**
 * Intake spread over both webs (every mail once), then an erasure filed on web A, read and started by
 * an agent on web B, run by whichever workers take its steps: every step once, each mail once.
 */
export async function replicasScenario(c: Cluster): Promise<Figures> {
  await c.stopProduct();
  const replicas = await startReplicas(c);
  try {
    const began = Date.now();
    const result = await burst({ baseUrls: replicas.urls, tag: "rep", count: 120, concurrency: 8 });
    const f = await settleBurst(c.pool, "replicas (2 web + 2 workers)", result, began);
    f.problems.push(...(await erasureAcross(c, replicas.urls[0]!, replicas.urls[1]!)));
    const problems = await downloadAcross(replicas.urls[0]!, replicas.urls[1]!);
    f.problems.push(...problems);
    if (problems.length === 0)
      f.notes.push(
        "package: filed on web A, assembled by either workers (each process its own DATA_DIR), downloaded on web B " +
          "with every order of the customer, then purged by another process: no chunk, no key left",
      );
    return f;
  } finally {
    await replicas.stop();
  }
}

async function erasureAcross(c: Cluster, webA: string, webB: string): Promise<string[]> {
  const fx = await import("../test-support/fulfilment");
  const { approveErasure } = await import("@/lib/fulfilment/decisions/approve-erasure");
  const { hashPassword } = await import("@/lib/auth/password");
  const { upsertStaff } = await import("@/lib/db/queries/staff");
  const { runTransition } = await import("@/lib/requests/transitions/run-transition");
  const { isGate } = await import("@/lib/fulfilment/engine/plan");
  const { db } = await import("@/lib/db/client");
  const problems: string[] = [];
  const customer = await fx.freshShopCustomer(1);
  const filed = await fetch(`${webA}/api/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "erasure", email: customer.email, fullName: "Replica Customer", locale: "en" }),
  });
  if (filed.status !== 202) return [`filing on web A answered ${filed.status}: ${await filed.text()}`];
  const { id, reference } = (await filed.json()) as { id: string; reference: string };
  // The subject confirms (the code path of the verify page; verification over HTTP is tested elsewhere).
  await db().transaction((tx) =>
    runTransition(tx, { requestId: id, actor: { kind: "subject" }, action: { type: "verify" } }),
  );
  const password = randomBytes(12).toString("base64url");
  const email = `replica.agent.${randomBytes(4).toString("hex")}@faults.test`;
  await upsertStaff(db(), { email, name: "Replica Agent", role: "agent", passwordHash: await hashPassword(password) });
  const cookie = await signIn(webB, email, password);
  const page = await fetch(`${webB}/staff/requests/${id}`, { headers: { cookie } });
  const html = await page.text();
  if (page.status !== 200 || !html.includes(reference))
    problems.push(`web B did not show the request filed on web A (${page.status})`);
  const version = (await q<{ version: number }>(c.pool, "select version from requests where id = $1", [id]))[0]!
    .version;
  const started = await fetch(`${webB}/api/staff/requests/${id}/transition`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ type: "start", version }),
  });
  if (started.status !== 200)
    return [...problems, `start on web B answered ${started.status}: ${await started.text()}`];
  await fx.waitForStep(id, "approve_erasure", "waiting", 60_000);
  await approveErasure((await fx.testStaff("dpo")).id, { requestId: id });
  await fx.waitForRequestStatus(id, "completed", 120_000).catch(() => problems.push("the erasure never completed"));
  const steps = (await fx.listTasks(db(), { requestId: id })).filter((t) => !isGate(t.operation));
  const recorded = await q<{ task_id: string }>(
    c.pool,
    `select payload->>'taskId' as task_id from audit_log where request_id = $1 and action = 'task.succeeded'`,
    [id],
  );
  if (recorded.length !== steps.length || steps.some((t) => t.attempts !== 1 || t.status !== "succeeded"))
    problems.push(
      `steps across two workers: ${steps.map((t) => `${t.operation}:${t.status}×${t.attempts}`).join(" ")}, ${recorded.length} recorded`,
    );
  await new Promise((r) => setTimeout(r, 4_000));
  const twice = await q<{ subject: string; n: number }>(
    c.pool,
    `select subject, count(*)::int as n from dev_mail_messages where $1 = any(recipients) group by subject having count(*) > 1`,
    [customer.email.toLowerCase()],
  );
  if (twice.length > 0) problems.push(`mails received twice: ${twice.map((t) => `"${t.subject}" ×${t.n}`).join(", ")}`);
  const completion = await q<{ n: number }>(
    c.pool,
    `select count(*)::int as n from dev_mail_messages where $1 = any(recipients) and subject ~* 'complet'`,
    [customer.email.toLowerCase()],
  );
  if (completion[0]!.n !== 1) problems.push(`completion mail received ${completion[0]!.n} times`);
  return problems;
}
