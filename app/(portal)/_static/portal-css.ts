import fs from "node:fs";
import path from "node:path";

let cached: string | null = null;

/**
 * The portal's style sheet (app/globals.css, the one the portal layout imports) as text, for the pages a
 * route handler renders without Next's client runtime: inlined under the response's CSP nonce, so that the
 * page needs no second request and keeps the exact look of the other portal pages. Read once per process
 * from the source tree (`next start` runs from the project root) and minified.
 */
export function portalCss(): string {
  cached ??= minifyCss(fs.readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8"));
  return cached;
}

/**
 * A safe, small minification: comments and indentation dropped, spaces removed only where CSS never needs
 * them (after `{ ; ,` and a declaration's colon, before `{ }`). The portal style sheet has no string with
 * those characters followed by a space.
 */
export function minifyCss(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    .replace(/([a-z-]):\s+/g, "$1:")
    .replace(/;}/g, "}")
    .trim();
}
