import { attachToRunningInstance } from "./lib/attach-instance";
import { kB, measurePageJs } from "./lib/page-js-size";

/**
 * `npm run bench:portal-js`: the compressed JavaScript each portal page ships, from a running instance
 * (E2E_BASE_URL, or APP_URL from DSR_RUNTIME_ENV / $DATA_DIR/run/env.json). Issue 16's target is 50 kB on
 * the home page, which a route handler serves with no script at all; the pages rendered by the App Router
 * ship its React runtime (~140 kB). It prints, it does not judge (e2e/portal-home.spec.ts does).
 */
attachToRunningInstance();
const base = process.env.E2E_BASE_URL ?? process.env.APP_URL;
async function main() {
  if (!base) throw new Error("No instance: set E2E_BASE_URL or DSR_RUNTIME_ENV (start one with npm start).");
  const pages =
    process.argv.slice(2).length > 0
      ? process.argv.slice(2)
      : ["/fr", "/en", "/fr/request/erasure", "/fr/confirmation", "/fr/lost-link", "/fr/nowhere"];
  for (const path of pages) {
    const m = await measurePageJs(new URL(path, base).toString());
    const total = kB(m.externalGzipBytes + m.inlineGzipBytes);
    console.log(
      `${path}: ${total} of JavaScript (gzip): ${kB(m.externalGzipBytes)} in ${m.scripts.filter((s) => !s.src.startsWith("inline")).length} script chunks, ${kB(m.inlineGzipBytes)} inline`,
    );
    for (const s of m.scripts)
      console.log(`  ${s.src.padEnd(60)} ${kB(s.bytes).padStart(10)} ${kB(s.gzipBytes).padStart(10)} gz`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
