/**
 * The security headers of every page and route, decided in one place (proxy.ts sets them per
 * request). Pure: the caller passes the nonce and the facts from the environment.
 */
export interface SecurityHeaderFacts {
  /** A fresh random value per request; Next.js puts it on its own scripts and styles. */
  nonce: string;
  pathname: string;
  /** APP_URL is https: browsers are told to use nothing else (HSTS) and to upgrade any http reference. */
  https: boolean;
  /** `next dev`: React needs eval for its error overlays. */
  dev: boolean;
  /** The OpenID provider's origin when SSO is on: the sign-in is sent there. */
  oidcOrigin?: string | null;
}

/** Bull Board is a prebuilt single-page app (hono serves it): it gets its own, nonce-less policy. */
export const BULL_BOARD_PATH = "/staff/admin/queues";

/** Browser features the back-office and portal never use: denied to the page and to any frame. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

const join = (directives: (string | false)[]) => directives.filter(Boolean).join("; ");

/**
 * The Content-Security-Policy. Scripts run only with this response's nonce ('strict-dynamic' lets
 * Next's nonce'd loader add its chunks); no inline event handlers, no eval in production, no plugins,
 * no framing by any site, forms post only here (and to the identity provider for SSO).
 *
 * Style *elements* need the nonce too; style *attributes* are allowed (`style-src-attr`): React
 * renders `style={…}` props and chart libraries size their SVGs that way, and an attribute can style
 * but never run code, while every script and style sheet stays under the nonce.
 */
export function contentSecurityPolicy(f: SecurityHeaderFacts): string {
  if (f.pathname === BULL_BOARD_PATH || f.pathname.startsWith(`${BULL_BOARD_PATH}/`))
    return join([
      "default-src 'self'",
      "script-src 'self'",
      // Its loading screen has one inline <style>; its stylesheet asks Google Fonts for IBM Plex.
      "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
      "font-src 'self' data: https://fonts.gstatic.com",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  return join([
    "default-src 'self'",
    `script-src 'self' 'nonce-${f.nonce}' 'strict-dynamic'${f.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${f.nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${f.oidcOrigin ? ` ${f.oidcOrigin}` : ""}`,
    "frame-ancestors 'none'",
    f.https && "upgrade-insecure-requests",
  ]);
}

/** Every header the proxy sets on a response (the CSP is also given to Next.js on the request). */
export function securityHeaders(f: SecurityHeaderFacts): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(f),
    "permissions-policy": PERMISSIONS_POLICY,
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    ...(f.https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
