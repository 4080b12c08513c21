import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { createMailTransport, unbufferedSocket } from "./transport";

/** A real SMTP server on a free port that counts connections and stores each message's subject. */
async function startServer(opts: { dropDuring?: (subject: string) => boolean } = {}) {
  const seen = { connections: 0, subjects: [] as string[], dataAttempts: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    disableReverseLookup: true,
    onConnect(_session, callback) {
      seen.connections += 1;
      callback();
    },
    onData(stream, _session, callback) {
      seen.dataAttempts += 1;
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const subject = /^Subject: (.*)$/m.exec(Buffer.concat(chunks).toString("utf8"))?.[1]?.trim() ?? "";
        // The server goes away mid-message: no answer to the DATA, the connection closed.
        if (opts.dropDuring?.(subject)) return dropEveryConnection(server);
        seen.subjects.push(subject);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  servers.push(server);
  return { url: `smtp://127.0.0.1:${port}`, seen, server };
}

function dropEveryConnection(server: SMTPServer) {
  const open = (server as unknown as { connections: Set<{ _socket: { end(): void } }> }).connections;
  for (const connection of open) connection._socket.end();
}

const servers: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

describe("mail transport", () => {
  it("sends many mails over one kept connection, not one connection a mail", async () => {
    const { url, seen } = await startServer();
    const transport = createMailTransport(url, "desk@example.test");
    for (let i = 0; i < 12; i++)
      await transport.sendMail({ to: "person@example.test", subject: `mail ${i}`, text: "x".repeat(5000) });
    transport.close();
    expect(seen.subjects).toEqual(Array.from({ length: 12 }, (_, i) => `mail ${i}`));
    expect(seen.connections).toBe(1);
  });

  it("keeps the URL's own options (its query wins): pool=false opens a connection per mail", async () => {
    const { url, seen } = await startServer();
    const transport = createMailTransport(`${url}/?pool=false`, "desk@example.test");
    for (let i = 0; i < 3; i++) await transport.sendMail({ to: "person@example.test", subject: `m${i}`, text: "x" });
    transport.close();
    expect(seen.subjects).toEqual(["m0", "m1", "m2"]);
    expect(seen.connections).toBe(3);
  });

  it("fails an attempt whose connection was lost mid-message (the server saw one DATA, stored nothing)", async () => {
    const { url, seen } = await startServer({ dropDuring: (subject) => subject === "lost" });
    const transport = createMailTransport(url, "desk@example.test");
    await expect(transport.sendMail({ to: "person@example.test", subject: "lost", text: "x" })).rejects.toThrow();
    transport.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.dataAttempts).toBe(1);
    expect(seen.subjects).toEqual([]);
  });

  it("leaves implicit TLS (smtps, or port 465 without secure) to nodemailer's own socket", () => {
    const answers: unknown[] = [];
    unbufferedSocket({ host: "mail.example.test", port: 465, secure: true }, (_e, o) => answers.push(o));
    unbufferedSocket({ host: "mail.example.test", port: 465 }, (_e, o) => answers.push(o));
    expect(answers).toEqual([false, false]);
  });

  it("answers a refused connection with its error", async () => {
    const { url, server } = await startServer();
    const port = Number(new URL(url).port);
    await new Promise<void>((r) => server.close(() => r()));
    servers.splice(servers.indexOf(server), 1);
    const err = await new Promise<Error | null>((resolve) =>
      unbufferedSocket({ host: "127.0.0.1", port }, (e) => resolve(e)),
    );
    expect((err as NodeJS.ErrnoException | null)?.code).toBe("ECONNREFUSED");
  });
});
