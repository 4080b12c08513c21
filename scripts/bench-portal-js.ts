import { attachToRunningInstance } from "./lib/attach-instance";
import { kB, measurePageJs } from "./lib/page-js-size";

/**
 * `npm run bench:portal-js`: the compressed JavaScript each portal page ships, from a running instance
 * (E2E_BASE_URL, or APP_URL from DSR_RUNTIME_ENV / $DATA_DIR/run/env.json). Issue 16's target is 50 kB on
 * the home page; it prints, it does not judge (the App Router runtime alone is ~140 kB).
 */
attachToRunningInstance();
const base = process.env.E2E_BASE_URL ?? process.env.APP_URL;
async function main() {
  if (!base) throw new Error("No instance: set E2E_BASE_URL or DSR_RUNTIME_ENV (start one with npm start).");
  const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/fr", "/en", "/fr/request/erasure"];
  for (const path of pages) {
    const m = await measurePageJs(new URL(path, base).toString());
    console.log(`${path}: ${kB(m.externalGzipBytes)} of script chunks (gzip), ${kB(m.inlineGzipBytes)} inline`);
    for (const s of m.scripts)
      console.log(`  ${s.src.padEnd(60)} ${kB(s.bytes).padStart(10)} ${kB(s.gzipBytes).padStart(10)} gz`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
