import http from "node:http";
import { describe, expect, it } from "vitest";
import { appUrl } from "@/lib/env";

/** The hidden `$ACTION_*` fields of the portal's request form, as a browser without JavaScript posts them. */
async function actionFields(path: string): Promise<[string, string][]> {
  const html = await (await fetch(`${appUrl()}${path}`)).text();
  const fields: [string, string][] = [];
  for (const m of html.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(m[1]!)?.[1];
    const value = /value="([^"]*)"/.exec(m[1]!)?.[1] ?? "";
    if (name?.startsWith("$ACTION")) fields.push([name, value.replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  return fields;
}

function multipart(fields: [string, string][], boundary = "----dsr-form-7f3a9c") {
  const body =
    fields.map(([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("") +
    `--${boundary}--\r\n`;
  return { body: Buffer.from(body), type: `multipart/form-data; boundary=${boundary}` };
}

/** A raw request (fetch refuses TRACE and rewrites odd paths); resolves the status, or "closed". */
function raw(p: { method: string; path: string; type?: string; body?: Buffer; chunked?: boolean }) {
  const url = new URL(appUrl());
  return new Promise<number | "closed">((resolve) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: p.method,
      path: p.path,
      headers: {
        ...(p.type ? { "content-type": p.type } : {}),
        ...(p.body && !p.chunked ? { "content-length": String(p.body.length) } : {}),
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve("closed"));
    if (p.body && p.chunked) for (let i = 0; i < p.body.length; i += 65_536) req.write(p.body.subarray(i, i + 65_536));
    else if (p.body) req.write(p.body);
    req.end();
  });
}

describe("nothing a client sends gets a 500 (issue 17 item 9)", () => {
  it("methods, paths and query strings Next would choke on get 4xx", async () => {
    expect(await raw({ method: "TRACE", path: "/api/v1/requests" })).toBe(405);
    expect(await raw({ method: "GET", path: "/%E0%A4%A" })).toBe(400);
    expect(await raw({ method: "GET", path: "/dev/mailbox?to=%00" })).toBe(400);
    expect(
      await raw({ method: "POST", path: "/en/status/%25/download", type: "application/x-www-form-urlencoded" }),
    ).toBe(404);
  });

  it("portal form posts that are malformed, nested thousands deep or too large get 4xx; a real one still works", async () => {
    const action = await actionFields("/en/request/access");
    expect(action.length).toBeGreaterThan(0);
    const person: [string, string][] = [
      ["type", "access"],
      ["email", "hostile@example.net"],
      ["fullName", "Hos Tile"],
      ["jurisdiction", "FR"],
    ];
    const post = (body: Buffer, type: string, chunked = false) =>
      raw({ method: "POST", path: "/en/request/access", type, body, chunked });

    const ordinary = multipart([...action, ...person]);
    expect(await post(ordinary.body, ordinary.type)).toBeLessThan(500);

    // The boundary inside a value: the runtime's form parser (the one Next uses) fails on it.
    const clash = multipart([...action, ["email", "hostile@example.net"]], "hostile");
    expect(await post(clash.body, clash.type)).toBe(400);

    const deep = multipart([...action, ["$ACTION_1:1", "[".repeat(6000) + "]".repeat(6000)]]);
    expect(await post(deep.body, deep.type)).toBe(400);

    const cut = Buffer.from('--hostile\r\nContent-Disposition: form-data; name="a"\r\n\r\nb');
    expect(await post(cut, "multipart/form-data; boundary=hostile")).toBe(400);

    expect(await post(Buffer.from("[".repeat(6000)), "text/plain;charset=UTF-8")).toBe(400);

    const unknownAction = multipart([["$ACTION_ID_0000", "1"], ...person]);
    expect(await post(unknownAction.body, unknownAction.type)).toBeLessThan(500);

    const huge = multipart([...action, ["details", "x".repeat(2_000_000)]]);
    const status = await post(huge.body, huge.type, true);
    // Refused as soon as the cap is passed: the answer is 413, or the socket closes under the sender.
    expect(status === 413 || status === "closed").toBe(true);
  });
});
