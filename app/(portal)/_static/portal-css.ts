import fs from "node:fs";
import path from "node:path";

let cached: string | null = null;

/**
 * The portal's style sheet (app/globals.css, the one the portal layout imports) as text, for the pages a
 * route handler renders without Next's client runtime: inlined under the response's CSP nonce, so that the
 * page needs no second request and keeps the exact look of the other portal pages. Read once per process
 * from the source tree (`next start` runs from the project root), comments and indentation dropped.
 */
export function portalCss(): string {
  if (cached === null) {
    const source = fs.readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");
    cached = source
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .join("\n");
  }
  return cached;
}
