import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";

/** A test Data Rights Protocol agent: an Ed25519 key pair and the signed messages it sends. */
export function drpTestAgent(id: string) {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const verifyKey = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url").toString("base64");
  return {
    id,
    verifyKey,
    privateKey,
    /** libsodium combined mode (signature ‖ JSON), base64: what § 3.07.1 asks an agent to send. */
    sign: (message: object, key: KeyObject = privateKey) => {
      const bytes = Buffer.from(JSON.stringify(message));
      return Buffer.concat([sign(null, bytes, key), bytes]).toString("base64");
    },
    /** The envelope of § 2.01 group 1, valid for five minutes from `now`. */
    envelope: (businessId: string, now = new Date(), over: Record<string, unknown> = {}) => ({
      "agent-id": id,
      "business-id": businessId,
      "issued-at": new Date(now.getTime() - 1_000).toISOString(),
      "expires-at": new Date(now.getTime() + 5 * 60_000).toISOString(),
      "drp.version": "1.0",
      ...over,
    }),
  };
}

type Handler<P> = (request: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler in-process as the agent would over HTTP (text/plain signed body, bearer token). */
export async function callDrp<P extends Record<string, string>>(
  handler: Handler<P>,
  p: { method: string; path: string; params?: P; token?: string; body?: string },
) {
  const headers: Record<string, string> = { "content-type": "text/plain" };
  if (p.token) headers.authorization = `Bearer ${p.token}`;
  const res = await handler(
    new Request(`http://127.0.0.1/api/drp${p.path}`, { method: p.method, headers, body: p.body }),
    { params: Promise.resolve((p.params ?? {}) as P) },
  );
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}
