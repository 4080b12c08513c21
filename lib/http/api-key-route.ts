import type { ZodType } from "zod";
import { authenticateApiKey } from "@/lib/auth/api-keys";
import { scopesGranting, type ApiKeyPrincipal, type ApiScope } from "@/lib/auth/api-scopes";
import { can } from "@/lib/auth/policy";
import { DomainError } from "@/lib/domain/errors";
import { toSafeError } from "./error-boundary";
import { problemResponse } from "./problem-details";
import { MAX_JSON_BYTES, readJsonBody } from "./read-json";
import type { StaffPolicyCheck } from "./staff-action";

/** A refusal because the key lacks a scope: the problem names the scopes that would allow the call. */
export class MissingScopeError extends DomainError {
  constructor(readonly missingScopes: ApiScope[]) {
    super("forbidden", `This API key lacks the scope ${missingScopes.join(" or ")}.`);
  }
}

export interface ApiKeyOperation<I, O> {
  /** The scope the call needs, checked before the input is read. */
  scope: ApiScope;
  /** Validates route params + query string (GET) or + JSON body; a ZodError becomes `errors`. */
  input: ZodType<I>;
  /** The staff screens' `can()` check, when it depends on the input (assigning, a transition's type). */
  policy?: StaffPolicyCheck | ((input: I, key: ApiKeyPrincipal) => StaffPolicyCheck);
  run: (input: I, key: ApiKeyPrincipal, request: Request) => Promise<O>;
  /** An action named by its path alone (a resend): no body is read, whatever is sent. */
  noBody?: boolean;
  /** The status of a success (200 unless given; 204 answers without a body). */
  status?: number;
}

function assertAllowed(key: ApiKeyPrincipal, check: StaffPolicyCheck): void {
  const { action, resource } = typeof check === "string" ? { action: check, resource: undefined } : check;
  if (!can(key, action, resource)) throw new MissingScopeError(scopesGranting(action));
}

/**
 * The REST API's wrapper: the key (Authorization: Bearer, lib/auth/api-keys.ts: unknown, revoked,
 * expired → 401; past its rate limit → 429), the operation's scope (403 naming it, before the body
 * is read), the input (zod), the same `can()` the staff screens ask with the key's grants, then the
 * use case. Every failure is an RFC 9457 problem (application/problem+json) built from the one error
 * table; the answer of a success is `op.run`'s value as JSON.
 */
export function apiKeyRoute<P extends Record<string, string>, I, O>(name: string, op: ApiKeyOperation<I, O>) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    const instance = new URL(request.url).pathname;
    try {
      const key = await authenticateApiKey(request);
      if (!key.scopes.includes(op.scope)) throw new MissingScopeError([op.scope]);
      const params = await ctx.params;
      // A DELETE names its target in the path: like a read, it has no body to parse.
      const reads = op.noBody || ["GET", "HEAD", "DELETE"].includes(request.method);
      const raw = reads ? { ...queryOf(request), ...params } : { ...(await jsonObjectOf(request)), ...params };
      const input = op.input.parse(raw);
      const policy = op.policy;
      if (policy) assertAllowed(key, typeof policy === "function" ? policy(input, key) : policy);
      const value = await op.run(input, key, request);
      if (op.status === 204) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
      return Response.json(value, { status: op.status ?? 200, headers: { "cache-control": "no-store" } });
    } catch (err) {
      const missingScopes = err instanceof MissingScopeError ? err.missingScopes : undefined;
      return problemResponse(toSafeError(err, name), instance, missingScopes ? { missingScopes } : {});
    }
  };
}

function queryOf(request: Request): Record<string, unknown> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

async function jsonObjectOf(request: Request): Promise<Record<string, unknown>> {
  const { value } = await readJsonBody(request, MAX_JSON_BYTES);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new DomainError("invalid_request", "The body must be a JSON object.", { _: "must be a JSON object" });
  return Object.fromEntries(Object.entries(value));
}
