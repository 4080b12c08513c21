import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { addressAllowed, urlProblem } from "./address-policy";

export const EXCERPT_CHARS = 500;
const READ_CAP_BYTES = 16 * 1024;

export interface PostOutcome {
  statusCode: number | null;
  durationMs: number;
  excerpt: string | null;
  error: string | null;
}

/**
 * POSTs a signed body to an endpoint, with the SSRF rules: the host name is resolved first and every
 * address it gives must be allowed (link-local and metadata never; private and loopback only with the
 * flag); the connection then goes to that checked address (no second look-up a rebinding DNS could
 * answer differently). No redirects are followed; the whole exchange has a deadline; only the first
 * bytes of the answer are read and a short excerpt kept.
 */
export async function postWebhook(p: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}): Promise<PostOutcome> {
  const started = Date.now();
  const fail = (error: string): PostOutcome => ({
    statusCode: null,
    durationMs: Date.now() - started,
    excerpt: null,
    error,
  });
  const problem = urlProblem(p.url, p.allowPrivate);
  if (problem) return fail(`URL ${problem}`);
  const url = new URL(p.url);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let address: { address: string; family: number };
  try {
    const all = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
    if (all.length === 0) return fail("the host name has no address");
    const refused = all.find((a) => !addressAllowed(a.address, p.allowPrivate));
    if (refused) return fail(`the host name resolves to an address that is not allowed (${refused.address})`);
    address = all[0]!;
  } catch (err) {
    return fail(`the host name could not be resolved (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const pinned: LookupFunction = (_host, opts, cb) => {
    if ((opts as { all?: boolean }).all)
      (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else cb(null, address.address, address.family);
  };
  return new Promise<PostOutcome>((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "POST",
        lookup: pinned,
        headers: { "content-type": "application/json", "user-agent": "dsr-desk-webhooks/1", ...p.headers },
        timeout: p.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size < READ_CAP_BYTES) chunks.push(chunk);
          size += chunk.length;
          if (size >= READ_CAP_BYTES) res.destroy();
        });
        const finish = () => {
          clearTimeout(deadline);
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            statusCode: res.statusCode ?? null,
            durationMs: Date.now() - started,
            excerpt: text ? text.slice(0, EXCERPT_CHARS) : null,
            error: null,
          });
        };
        res.on("end", finish);
        res.on("close", finish);
        res.on("error", finish);
      },
    );
    // One deadline for connect, send and answer (the socket timeout alone resets on each byte).
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${p.timeoutMs} ms`)), p.timeoutMs);
    req.on("timeout", () => req.destroy(new Error(`no answer within ${p.timeoutMs} ms`)));
    req.on("error", (err) => {
      clearTimeout(deadline);
      resolve(fail(err.message.slice(0, 300)));
    });
    req.end(p.body);
  });
}
