import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * `.env.example` is the list of every variable the code reads (DESIGN.md, conventions). This reads the
 * sources as text: `process.env.X`, `process.env["X"]`, an environment object's `.X` (`environment.X`,
 * `env.X`, `childEnv.X`, `baseEnv.X`: how scripts pass the environment around) and the keys of the
 * validated schema in lib/env.ts, and compares them with the names `.env.example` sets or shows
 * commented out (`# S3_BUCKET=`).
 */
const root = path.resolve(__dirname, "..");
const SOURCE_DIRS = ["app", "lib", "workers", "scripts", "e2e"];
const ROOT_FILES = ["proxy.ts", "next.config.ts", "playwright.config.ts", "vitest.config.mts", "drizzle.config.ts"];
/** Set by the operating system or the CI runner, not by whoever deploys the product. */
const PLATFORM = new Set(["CI", "PATH", "HOME", "TMPDIR"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const sources = [
  ...SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d))),
  ...ROOT_FILES.map((f) => path.join(root, f)),
]
  // This file names variables in its own prose and patterns.
  .filter((f) => f !== __filename)
  .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, "utf8") }));

const READ = /\b(?:process\.env|environment|env|childEnv|baseEnv)(?:\.|\[")([A-Z][A-Z0-9_]+)\b/g;

function readByCode(): Map<string, string> {
  const where = new Map<string, string>();
  for (const { file, text } of sources)
    for (const m of text.matchAll(READ)) if (!where.has(m[1]!)) where.set(m[1]!, file);
  const schema = readFileSync(path.join(root, "lib/env.ts"), "utf8");
  for (const m of schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)) if (!where.has(m[1]!)) where.set(m[1]!, "lib/env.ts");
  return where;
}

const example = new Set(
  [...readFileSync(path.join(root, ".env.example"), "utf8").matchAll(/^(?:# ?)?([A-Z][A-Z0-9_]+)=/gm)].map(
    (m) => m[1]!,
  ),
);

describe(".env.example", () => {
  it("lists every environment variable the code reads", () => {
    const read = readByCode();
    expect(read.size).toBeGreaterThan(80);
    const missing = [...read].filter(([name]) => !example.has(name) && !PLATFORM.has(name));
    expect(missing.map(([name, file]) => `${name} (read in ${file})`)).toEqual([]);
  });

  it("lists no variable that no source file names", () => {
    const unread = [...example].filter((name) => !sources.some(({ text }) => new RegExp(`\\b${name}\\b`).test(text)));
    expect(unread).toEqual([]);
  });
});
