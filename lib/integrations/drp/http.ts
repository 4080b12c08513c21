import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { toSafeError } from "@/lib/http/error-boundary";
import { readCappedText } from "@/lib/http/read-capped";
import { childLogger } from "@/lib/log";
import { clientIp } from "@/lib/net/client-address";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { DrpError } from "./errors";

const log = childLogger("drp");

/** The agent a call was made by, once known (set by authentication, read when auditing a refusal). */
export interface DrpCallContext {
  agentId: string | null;
  requestId: string | null;
}

/**
 * The wrapper of every DRP route: runs the use case, answers its value as JSON (200, § 3.06), and
 * turns a failure into the protocol's error shape `{ code, message, fatal? }` (plus `fields` for bad
 * input) with its HTTP status, from the one error table for domain and validation errors. A refused call
 * is audited (drp.call_refused: endpoint, status, reason, agent when known) in its own transaction
 * (without a known agent, at most ANONYMOUS_REFUSALS_AUDITED_PER_MINUTE per client address).
 */
export function drpRoute<P extends Record<string, string>>(
  endpoint: string,
  run: (request: Request, params: P, call: DrpCallContext) => Promise<unknown>,
) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const call: DrpCallContext = { agentId: null, requestId: null };
    try {
      const value = await run(request, await ctx.params, call);
      return Response.json(value, { status: 200, headers: { "cache-control": "no-store" } });
    } catch (err) {
      const e = toDrpError(err, endpoint);
      await auditRefusal(endpoint, e, call, request);
      const headers: Record<string, string> = { "cache-control": "no-store" };
      if (e.opts.retryAfterSeconds) headers["retry-after"] = String(e.opts.retryAfterSeconds);
      if (e.opts.bodyless) return new Response(null, { status: e.status, headers });
      return Response.json(e.body(), { status: e.status, headers });
    }
  };
}

function toDrpError(err: unknown, endpoint: string): DrpError {
  if (err instanceof DrpError) return err;
  const safe = toSafeError(err, `drp ${endpoint}`);
  const fields = safe.fields
    ? ` ${Object.entries(safe.fields)
        .map(([field, reason]) => `${field}: ${reason}`)
        .join("; ")}`
    : "";
  return new DrpError(safe.status, `${safe.message}${fields}`, {
    fatal: safe.status === 400 || safe.status === 422,
    ...(safe.retryAfterSeconds ? { retryAfterSeconds: safe.retryAfterSeconds } : {}),
  });
}

// Refusals of callers no agent was found for (no or unknown token, unregistered agent) are audited up to
// this many a minute per address, so nobody can flood the audit log from outside.
const ANONYMOUS_REFUSALS_AUDITED_PER_MINUTE = 30;

async function auditRefusal(endpoint: string, e: DrpError, call: DrpCallContext, request: Request): Promise<void> {
  if (e.status >= 500) return;
  try {
    if (!call.agentId) {
      const rule = { name: "drp:anonymous-refusal", limit: ANONYMOUS_REFUSALS_AUDITED_PER_MINUTE, windowSeconds: 60 };
      if (!(await consumeRateLimit(db(), rule, clientIp(request))).allowed) return;
    }
    await db().transaction((tx) =>
      appendAudit(tx, {
        actor: call.agentId ? { type: "drp_agent", id: call.agentId } : { type: "system" },
        action: "drp.call_refused",
        requestId: call.requestId,
        payload: { endpoint, status: e.status, message: e.message.slice(0, 300), agentId: call.agentId },
      }),
    );
  } catch (err) {
    log.warn({ err: (err as Error).message, endpoint }, "could not audit a refused DRP call");
  }
}

/** The body of a signed call: text/plain base64 (§ 2.0), at most 64 KiB. */
export async function readSignedBody(request: Request): Promise<string> {
  // Counted while streaming: a chunked body without Content-Length is cut at the limit too.
  const text = await readCappedText(request, 65_536);
  if (text === null) throw new DrpError(413, "The signed message is larger than 64 KiB.");
  if (!text.trim()) throw new DrpError(400, "The body must be the base64 signed message (text/plain).");
  return text;
}
