/**
 * WEB_SEMI_SPACE_MB: the web process's V8 young-generation semi-space, in MB (`--max-semi-space-size`;
 * default 64, 0 = V8's own default, 16 on 64-bit). A staff page allocates a few MB of short-lived strings
 * and rows; with V8's default they outlived small scavenges, were promoted and paid for again by
 * mark-compact collections. bench:queue on 1 Dec 2026 (two runs each, load 6.7–7.7, workers stopped):
 * CPU per queue page 3.2–5.4 ms median with the default against 2.5–3.8 ms with 64. The young generation
 * may then grow to three semi-spaces (192 MB) before it is collected.
 */
export function webSemiSpaceArgs(value = process.env.WEB_SEMI_SPACE_MB): string[] {
  const n = Number(value === undefined || value === "" ? 64 : value);
  if (!Number.isInteger(n) || n < 0 || n > 1024)
    throw new Error(`WEB_SEMI_SPACE_MB must be an integer from 0 to 1024, not ${value}`);
  return n === 0 ? [] : [`--max-semi-space-size=${n}`];
}
