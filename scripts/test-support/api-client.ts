import type { ApiScope } from "@/lib/auth/api-scopes";
import { createApiKey } from "@/lib/auth/api-keys";
import { staffWithSession } from "./staff-session";

type Handler<P> = (request: Request, ctx: { params: Promise<P> }) => Promise<Response>;

let adminId: string | null = null;

/** A fresh API key with `scopes`, created by a fresh admin (the use case the admin page runs). */
export async function apiKeyWith(
  scopes: ApiScope[],
  opts: { rateLimitPerMinute?: number; name?: string; expiresAt?: string } = {},
): Promise<{ id: string; secret: string; name: string }> {
  adminId ??= (await staffWithSession("admin", "API admin")).id;
  const name = opts.name ?? `test ${scopes.join(" ")}`;
  const key = await createApiKey(
    { name, scopes, rateLimitPerMinute: opts.rateLimitPerMinute ?? "", expiresAt: opts.expiresAt ?? "" },
    adminId,
  );
  return { id: key.id, secret: key.secret, name };
}

export function adminOfKeys(): string {
  if (!adminId) throw new Error("no key created yet");
  return adminId;
}

/**
 * Calls a route handler in process, as Next would: a real Request (Authorization: Bearer when a
 * secret is given, a JSON body for POST) and the route's params.
 */
export async function callApi<P extends Record<string, string>>(
  handler: Handler<P>,
  p: {
    path: string;
    secret?: string | null;
    body?: unknown;
    params?: P;
    method?: string;
    headers?: Record<string, string>;
  },
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> & { data?: unknown } }> {
  const method = p.method ?? (p.body === undefined ? "GET" : "POST");
  const headers: Record<string, string> = { ...p.headers };
  if (p.secret) headers.authorization = `Bearer ${p.secret}`;
  if (p.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://127.0.0.1${p.path}`, {
    method,
    headers,
    body: p.body === undefined ? undefined : JSON.stringify(p.body),
  });
  const res = await handler(request, { params: Promise.resolve((p.params ?? {}) as P) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : {} };
}
