import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appUrl } from "@/lib/env";
import type { StepInput, SystemRecord } from "../types";
import { createWebhookConnector } from "./connector";
import { eq, inArray } from "drizzle-orm";
import { closeDb, db } from "@/lib/db/client";
import { findDataSystem, setDataSystemSecret } from "@/lib/db/queries/data-systems";
import { dataSystems } from "@/lib/db/schema";
import { generateSystemSecret, verifySignature } from "./signature";

/** The remote system: records what it receives and answers with whatever the test sets. */
type Received = { headers: IncomingMessage["headers"]; rawBody: string };
let received: Received[] = [];
let answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString("utf8") });
      answer(req, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await closeDb();
});
beforeEach(() => {
  received = [];
});

const json = (status: number, body: unknown) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

function system(
  config: Record<string, unknown> = {},
  secret = generateSystemSecret(),
): { record: SystemRecord; secret: string } {
  const id = randomUUID();
  return {
    secret,
    record: {
      id,
      key: "crm-test",
      name: "CRM",
      kind: "webhook",
      enabled: true,
      config: {
        url: `${baseUrl}/dsr`,
        timeoutMs: 1_000,
        capabilities: { collect: true, erase: true, rectify: true, restrict: true, stopMarketing: true },
        ...config,
      },
      secret: () => secret,
    },
  };
}

const step: StepInput = {
  requestId: randomUUID(),
  reference: "DSR-2025-000123",
  taskId: randomUUID(),
  subject: { email: "ada@example.net", accountReference: "C-42" },
  input: { tables: ["crm.contacts"] },
};

const recordSet = {
  name: "crm.contacts",
  category: "Identity",
  providedBySubject: true,
  columns: ["email", "phone"],
  rows: [{ email: "ada@example.net", phone: "+33 6 00 00 00 00" }],
};

describe("webhook connector, outgoing", () => {
  it("POSTs a signed JSON step the remote system can verify, and takes a 200 as done with the record sets", async () => {
    const { record, secret } = system();
    answer = json(200, { status: "done", summary: { source: "crm" }, recordSets: [recordSet] });
    const outcome = await createWebhookConnector(record).run("collect", step);
    expect(outcome).toEqual({ status: "done", summary: { records: { "crm.contacts": 1 } }, detail: [recordSet] }); // free text dropped

    expect(received).toHaveLength(1);
    const [{ headers, rawBody }] = received as [Received];
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["x-dsr-delivery"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(Number(headers["x-dsr-timestamp"]) - Date.now() / 1000)).toBeLessThan(5);
    expect(
      verifySignature({
        secret,
        timestamp: headers["x-dsr-timestamp"] as string,
        signature: headers["x-dsr-signature"] as string,
        rawBody,
      }),
    ).toEqual({ ok: true });
    expect(
      verifySignature({
        secret: "whsec_wrong",
        timestamp: headers["x-dsr-timestamp"] as string,
        signature: headers["x-dsr-signature"] as string,
        rawBody,
      }).ok,
    ).toBe(false);
    expect(JSON.parse(rawBody)).toEqual({
      operation: "collect",
      requestId: step.requestId,
      reference: step.reference,
      taskId: step.taskId,
      subject: { email: "ada@example.net", accountReference: "C-42" },
      input: { tables: ["crm.contacts"] },
      callbackUrl: `${appUrl()}/api/v1/connectors/crm-test/callback`,
    });
  });

  it("uses a new delivery id for every attempt", async () => {
    const { record } = system();
    answer = json(202, {});
    const connector = createWebhookConnector(record);
    await connector.run("restrict", step);
    await connector.run("restrict", step);
    expect(new Set(received.map((r) => r.headers["x-dsr-delivery"])).size).toBe(2);
  });

  it("takes a 202 as waiting for the callback", async () => {
    const { record } = system();
    answer = json(202, { accepted: true });
    await expect(createWebhookConnector(record).run("erase", step)).resolves.toEqual({
      status: "waiting",
      summary: { webhook: true },
    });
  });

  it("takes current values for read_current and passes other summaries through", async () => {
    const { record } = system();
    const values = [{ table: "crm.contacts", field: "phone", value: "+33 6 00 00 00 00" }];
    answer = json(200, { status: "done", currentValues: values });
    await expect(createWebhookConnector(record).run("read_current", step)).resolves.toEqual({
      status: "done",
      summary: { fields: 1 },
      detail: values,
    });
    answer = json(200, { status: "done", summary: { flagged: 2 } });
    await expect(createWebhookConnector(record).run("restrict", step)).resolves.toEqual({
      status: "done",
      summary: { flagged: 2 },
    });
  });

  it("throws on an error status, so the step job retries", async () => {
    const { record } = system();
    answer = json(500, { error: "boom" });
    await expect(createWebhookConnector(record).run("collect", step)).rejects.toThrow(
      /crm-test answered collect with HTTP 500/,
    );
    answer = json(404, {});
    await expect(createWebhookConnector(record).run("collect", step)).rejects.toThrow(/HTTP 404/);
  });

  it("throws on a body that is not JSON or does not fit the operation, naming what is wrong", async () => {
    const { record } = system();
    answer = (_req, res) => res.end("<html>ok</html>");
    await expect(createWebhookConnector(record).run("collect", step)).rejects.toThrow(/not JSON/);
    answer = json(200, { status: "done", summary: {} });
    await expect(createWebhookConnector(record).run("collect", step)).rejects.toThrow(/malformed body: recordSets: /);
    answer = json(200, { status: "done", recordSets: [{ ...recordSet, providedBySubject: "yes" }] });
    await expect(createWebhookConnector(record).run("collect", step)).rejects.toThrow(
      /recordSets\.0\.providedBySubject/,
    );
    answer = json(200, { status: "ok" });
    await expect(createWebhookConnector(record).run("collect", step)).rejects.toThrow(/status "ok"/);
  });

  it("gives up on a slow system after the timeout", async () => {
    const { record } = system({ timeoutMs: 200 });
    answer = (req, res) => {
      const t = setTimeout(() => json(200, { status: "done", recordSets: [] })(req, res), 2_000);
      res.on("close", () => clearTimeout(t));
    };
    const began = Date.now();
    await expect(createWebhookConnector(record).run("collect", step)).rejects.toThrow(/did not answer within 200 ms/);
    expect(Date.now() - began).toBeLessThan(1_500);
  });

  it("reports a system nobody listens on, and does not follow redirects", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(
      createWebhookConnector(system({ url: `http://127.0.0.1:${port}/dsr` }).record).run("collect", step),
    ).rejects.toThrow(/could not be reached: ECONNREFUSED/);

    answer = (_req, res) => {
      res.writeHead(307, { location: "https://elsewhere.example/" });
      res.end();
    };
    await expect(createWebhookConnector(system().record).run("collect", step)).rejects.toThrow(/could not be reached/);
  });

  it("refuses an operation whose capability the system does not declare", async () => {
    const { record } = system({ capabilities: { collect: true } });
    await expect(createWebhookConnector(record).run("erase", step)).rejects.toThrow(
      /does not declare the erase capability/,
    );
    expect(received).toHaveLength(0);
  });

  it("test(): a signed ping, ok on 2xx, the status or error otherwise", async () => {
    const { record, secret } = system();
    answer = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    await expect(createWebhookConnector(record).test()).resolves.toEqual({
      ok: true,
      message: expect.stringMatching(/HTTP 204/),
    });
    const ping = received[0]!;
    expect(JSON.parse(ping.rawBody)).toEqual({ operation: "ping" });
    expect(
      verifySignature({
        secret,
        timestamp: ping.headers["x-dsr-timestamp"] as string,
        signature: ping.headers["x-dsr-signature"] as string,
        rawBody: ping.rawBody,
      }),
    ).toEqual({ ok: true });

    answer = json(401, {});
    await expect(createWebhookConnector(record).test()).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/HTTP 401/),
    });
    const noSecret = () => {
      throw new Error("webhook system crm-test has no shared secret; generate one in its settings");
    };
    await expect(createWebhookConnector({ ...record, secret: noSecret }).test()).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/no shared secret/),
    });
  });
});

describe("system secrets", () => {
  it("are encrypted at rest, bound to their system, and decrypted only by the accessor", async () => {
    const secret = generateSystemSecret();
    const ids: string[] = [];
    for (const key of [`wh-secret-${randomUUID()}`, `wh-secret-${randomUUID()}`]) {
      const [row] = await db()
        .insert(dataSystems)
        .values({ key, name: key, kind: "webhook", enabled: false })
        .returning({ id: dataSystems.id });
      ids.push(row!.id);
    }
    try {
      const [a, b] = ids as [string, string];
      expect((await findDataSystem(db(), { id: a }))!.hasSecret).toBe(false);
      await expect(findDataSystem(db(), { id: a }).then((s) => s!.secret())).rejects.toThrow(/no shared secret/);
      await setDataSystemSecret(db(), { id: a, secret });
      const [stored] = await db().select().from(dataSystems).where(eq(dataSystems.id, a));
      expect(stored!.secretEnc).not.toContain(secret);
      expect((await findDataSystem(db(), { id: a }))!.secret()).toBe(secret);
      // Copied onto another system, the sealed secret does not open.
      await db().update(dataSystems).set({ secretEnc: stored!.secretEnc }).where(eq(dataSystems.id, b));
      await expect(findDataSystem(db(), { id: b }).then((s) => s!.secret())).rejects.toThrow();
    } finally {
      await db().delete(dataSystems).where(inArray(dataSystems.id, ids));
    }
  });
});
