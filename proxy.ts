import { NextResponse, type NextRequest } from "next/server";
import { isLocale, negotiateLocale } from "@/lib/domain/locale";
import { securityHeaders } from "@/lib/http/security-headers";

/** First path segments that are not a language: the staff app, the APIs, the dev mailbox, Next's own. */
const NOT_PORTAL = new Set(["", "staff", "api", "dev", "_next"]);

/**
 * Runs before every page and route (Next 16's proxy, formerly middleware): a fresh nonce per
 * request, the Content-Security-Policy that names it (on the request too — Next.js reads it there
 * to put the nonce on its own scripts, which is why every layout renders dynamically) and the other
 * security headers. Read from process.env, not lib/env: the proxy needs none of the app's secrets.
 */
export function proxy(request: NextRequest) {
  // A path that names no language and no other part (`/contact`, a mistyped link) goes to the same
  // path in the visitor's language: the portal's own 404 answers there, in that language, not Next's bare one.
  const first = request.nextUrl.pathname.split("/")[1] ?? "";
  if (!NOT_PORTAL.has(first) && !isLocale(first)) {
    const to = request.nextUrl.clone();
    to.pathname = `/${negotiateLocale(request.headers.get("accept-language"))}${request.nextUrl.pathname}`;
    return NextResponse.redirect(to, { status: 307, headers: { vary: "Accept-Language" } });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const appUrl = process.env.APP_URL ?? "";
  const oidcIssuer = process.env.OIDC_ISSUER ?? "";
  const headers = securityHeaders({
    nonce,
    pathname: request.nextUrl.pathname,
    https: appUrl.startsWith("https://"),
    dev: process.env.NODE_ENV === "development",
    oidcOrigin: oidcIssuer ? new URL(oidcIssuer).origin : null,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", headers["content-security-policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Built assets need none of it; prefetches carry no HTML to protect.
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
