import { createHash } from "node:crypto";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { timed } from "@/lib/net/server-timing";
import { db } from "@/lib/db/client";
import { findStaffById } from "@/lib/db/queries/staff";
import { negotiateLocale, toLocale, type Locale } from "@/lib/domain/locale";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { authOptions } from "./options";

export interface StaffSession {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** An admin-issued password still in use: nothing but changing it is allowed. */
  mustChangePassword?: boolean;
  /** The language of the staff screens: the member's choice, else the browser's (Accept-Language), else English. */
  locale?: Locale;
}

/** The browser's preferred language of this request; English outside a request (scripts, tests). */
export async function browserLocale(): Promise<Locale> {
  try {
    const { headers } = await import("next/headers");
    return negotiateLocale((await headers()).get("accept-language"));
  } catch {
    return "en";
  }
}

type SessionClaims = { uid?: string; sv?: number } | null;

const MAX_CACHED_SESSIONS = 1_000;
const decoded = new Map<string, { claims: SessionClaims; until: number }>();

/** The request's session cookie (next-auth's name, with or without the __Secure- prefix, chunked or not). */
async function sessionCookieValue(): Promise<string | null> {
  try {
    const { cookies } = await import("next/headers");
    const parts = (await cookies())
      .getAll()
      .filter((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(c.name))
      .map((c) => `${c.name}=${c.value}`);
    return parts.length > 0 ? parts.sort().join(";") : null;
  } catch {
    return null; // outside a request (scripts, tests): no cookie to key on
  }
}

/** The session cookie's value(s) in a Cookie header, as `sessionCookieValue` keys them. */
function sessionCookieOf(header: string): string | null {
  const parts: string[] = [];
  for (const part of header.split(";")) {
    const pair = part.trim();
    const name = pair.slice(0, pair.indexOf("="));
    if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name)) parts.push(pair);
  }
  return parts.length > 0 ? parts.sort().join(";") : null;
}

/**
 * next-auth's decoding of the session cookie (JWE decryption, key derivation, callbacks: 3–17 ms of a
 * queue page), reused for a few seconds per cookie value (keyed by its hash). Only the decoding is
 * reused: the staff member is still re-read from the database on every call below, so a deactivation,
 * role change or sign-out (session version bumped) takes effect at once. `decode` runs next-auth's own
 * session handling (Next's request scope, or the Cookie header the web server serves a page with).
 */
async function cachedClaims(cookie: string | null, decode: () => Promise<unknown>): Promise<SessionClaims> {
  if (cookie === null) return (await decode()) as SessionClaims;
  const key = createHash("sha256").update(cookie).digest("base64url");
  const now = Date.now();
  const hit = decoded.get(key);
  if (hit && hit.until > now) return hit.claims;
  const ttl = env().STAFF_SESSION_DECODE_CACHE_MS;
  const claims = (await decode()) as SessionClaims;
  if (claims?.uid) {
    if (decoded.size >= MAX_CACHED_SESSIONS) {
      for (const [k, v] of decoded) if (v.until <= now || decoded.size >= MAX_CACHED_SESSIONS) decoded.delete(k);
    }
    decoded.set(key, { claims: { uid: claims.uid, sv: claims.sv }, until: now + ttl });
  }
  return claims;
}

async function sessionClaims(): Promise<SessionClaims> {
  const cookie = env().STAFF_SESSION_DECODE_CACHE_MS > 0 ? await sessionCookieValue() : null;
  return cachedClaims(cookie, () => getServerSession(authOptions));
}

/**
 * The session's claims (staff id and session version) from a request's headers, outside Next's request
 * scope: the pages the web server serves itself (scripts/lib/direct-pages.ts). Same decoding (next-auth's
 * session handling and callbacks, its 8 h limit) and the same short cache as `currentStaff`; the caller
 * must still re-read the member (`uid`, `sv`) from the database.
 */
export async function sessionClaimsFromHeaders(
  headers: Record<string, string | string[] | undefined>,
): Promise<{ uid: string; sv: number } | null> {
  const header = typeof headers.cookie === "string" ? headers.cookie : "";
  const cookie = env().STAFF_SESSION_DECODE_CACHE_MS > 0 ? sessionCookieOf(header) : null;
  const claims = await cachedClaims(cookie, () => {
    const cookies: Record<string, string> = {};
    for (const part of header.split(";")) {
      const i = part.indexOf("=");
      if (i <= 0) continue;
      const raw = part.slice(i + 1).trim();
      try {
        cookies[part.slice(0, i).trim()] = decodeURIComponent(raw);
      } catch {
        cookies[part.slice(0, i).trim()] = raw;
      }
    }
    const noop = () => undefined;
    return getServerSession(
      { headers, cookies } as never,
      { getHeader: noop, setCookie: noop, setHeader: noop } as never,
      authOptions,
    );
  });
  return claims?.uid && typeof claims.sv === "number" ? { uid: claims.uid, sv: claims.sv } : null;
}

/**
 * The signed-in staff member, re-read from the database on every call: a deactivated account or a
 * changed role (session version bumped) no longer has a session, whatever the cookie says.
 */
async function loadCurrentStaff(): Promise<StaffSession | null> {
  const session = await timed("session", () => sessionClaims());
  const uid = session?.uid;
  if (!uid) return null;
  const user = await timed("db.staff", () => findStaffById(db(), { id: uid }));
  if (!user || !user.active || user.sessionVersion !== session?.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    locale: user.locale ? toLocale(user.locale) : await browserLocale(),
  };
}

/**
 * Once per page render: the layout, the bell and the page share one look-up (React's `cache` is
 * per request in server components; elsewhere — actions, routes, scripts — each call reads afresh).
 */
export const currentStaff = cache(loadCurrentStaff);
