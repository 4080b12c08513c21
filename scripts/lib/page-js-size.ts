import { gzipSync } from "node:zlib";

/** One script a page loads: its URL (or "inline #n") and its size as served and gzip-compressed (level 9). */
export interface ScriptSize {
  src: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageJsSize {
  url: string;
  scripts: ScriptSize[];
  /** Sum over external script chunks (what the browser downloads besides the HTML). */
  externalGzipBytes: number;
  /** Sum over inline <script> bodies (the embedded React payload travels inside the HTML). */
  inlineGzipBytes: number;
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/**
 * The JavaScript a page ships: every `<script src>` it names (fetched and gzipped one by one, as a CDN would
 * serve them) and every inline script body. Modulepreload links count too: the browser fetches them.
 */
export async function measurePageJs(url: string, init?: RequestInit): Promise<PageJsSize> {
  const res = await fetch(url, init);
  // A 404 is a page too (the portal's own not-found page).
  if (!res.ok && res.status !== 404) throw new Error(`${url}: HTTP ${res.status}`);
  const html = await res.text();
  const srcs = new Set<string>();
  // nomodule scripts (Next's polyfills) are fetched by legacy browsers only.
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g))
    if (!/\bnomodule\b/i.test(m[0])) srcs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/g)) {
    const tag = m[0];
    if (!/\bas="script"/.test(tag) && !/modulepreload/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href) srcs.add(href);
  }
  const scripts: ScriptSize[] = [];
  for (const src of srcs) {
    const abs = new URL(src.replace(/&amp;/g, "&"), url).toString();
    const body = await (await fetch(abs)).text();
    scripts.push({ src, bytes: Buffer.byteLength(body), gzipBytes: gz(body) });
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  inline.forEach((body, i) => {
    if (body.trim()) scripts.push({ src: `inline #${i + 1}`, bytes: Buffer.byteLength(body), gzipBytes: gz(body) });
  });
  const externalGzipBytes = scripts.filter((s) => !s.src.startsWith("inline")).reduce((a, s) => a + s.gzipBytes, 0);
  // Inline bodies compress together with the page: gzip them as one stream, not one by one.
  const inlineGzipBytes = inline.some((b) => b.trim()) ? gz(inline.join("")) : 0;
  return { url, scripts, externalGzipBytes, inlineGzipBytes };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
