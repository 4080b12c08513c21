import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "@/lib/env";
import { minimalEnv } from "./test-support/minimal-env";

/**
 * The README's names and figures that the code can vouch for (readme-references.test.ts checks the files,
 * scripts and variables it cites): every dotted name it quotes — an audit action, a job, a webhook event, a
 * permission, a Server-Timing phase, a `table.column` — is one the code uses, and every default it gives a
 * variable, "`MAIL_JOB_ATTEMPTS` (8)", is the default of lib/env.ts and the value .env.example shows.
 */
const root = path.resolve(__dirname, "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

function sourceFiles(rel: string): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name.startsWith(".")) return [];
    const child = `${rel}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(child);
    return /\.tsx?$/.test(e.name) && !/\.(test|spec)\.ts$/.test(e.name) ? [child] : [];
  });
}

function allFiles(rel: string): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name.startsWith(".")) return [];
    const child = `${rel}/${e.name}`;
    return e.isDirectory() ? allFiles(child) : [child];
  });
}

const source = ["app", "lib", "workers", "scripts"]
  .flatMap(sourceFiles)
  .map((f) => readFileSync(path.join(root, f), "utf8"))
  .join("\n");
const schemaDir = path.join(root, "lib/db/schema");
/** Each table's name → the text of the file that declares it (its columns are named there). */
const tables = new Map(
  readdirSync(schemaDir).flatMap((f) => {
    const text = readFileSync(path.join(schemaDir, f), "utf8");
    return [...text.matchAll(/pgTable\(\s*"([a-z_]+)"/g)].map((m) => [m[1]!, text] as const);
  }),
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const quoted = (name: string) => new RegExp(`["'\`]${escape(name)}["'\`]`).test(source);
const isColumn = (table: string, column: string) =>
  new RegExp(`\\(\\s*"${escape(column)}"`).test(tables.get(table) ?? "");
/** Encrypted columns carry `_enc` (`specifics_enc` holds the `specifics` the README names). */
const isAnyColumn = (column: string) =>
  [...tables.keys()].some((t) => isColumn(t, column) || isColumn(t, `${column}_enc`));

/** `a.b_c|d` names `a.b_c` and `a.b_d`; `a.b|c|d` names `a.b`, `a.c`, `a.d`. */
function expand(name: string): string[] {
  const [first, ...alternatives] = name.split("|");
  const last = first!.slice(first!.lastIndexOf(".") + 1);
  const stem = last.includes("_")
    ? first!.slice(0, first!.lastIndexOf("_") + 1)
    : first!.slice(0, first!.lastIndexOf(".") + 1);
  return [first!, ...alternatives.map((a) => stem + a)];
}

function known(name: string): boolean {
  if (name.endsWith(".*")) return new RegExp(`["'\`]${escape(name.slice(0, -1))}`).test(source);
  if (quoted(name)) return true;
  const [head, rest] = [name.slice(0, name.indexOf(".")), name.slice(name.indexOf(".") + 1)];
  // A table's column (`staff_users.locale`), or a key inside a JSON column (`specifics.gpc`).
  return isColumn(head, rest) || (isAnyColumn(head) && new RegExp(`\\b${escape(rest)}\\b`).test(source));
}

describe("README names", () => {
  it("every dotted name it quotes (audit action, job, event, permission, column) is one the code has", () => {
    const names = [...new Set([...readme.matchAll(/`([a-z_]+\.[a-zA-Z_.*|-]+)`/g)].map((m) => m[1]!))].filter(
      (n) => !/\.(json|html|txt|csv|css|md|mjs|tsx?)$/.test(n), // file names: readme-references.test.ts
    );
    expect(names.length).toBeGreaterThan(60);
    expect(names.flatMap(expand).filter((n) => !known(n))).toEqual([]);
  });
});

describe("README paths", () => {
  it("cites only source files and folders that exist (a path may be given from its feature folder)", () => {
    const cited = [
      ...new Set(
        [...readme.matchAll(/`((?:app|lib|scripts|workers|e2e|docs|components)\/[^`\s]+)`/g)].map((m) => m[1]!),
      ),
    ].filter((p) => !/\.(int\.test|test|spec)\.ts$/.test(p) && !p.endsWith("/")); // tests: readme-references; "/": made by a run
    expect(cited.length).toBeGreaterThan(20);
    const tracked = ["app", "lib", "workers", "scripts", "e2e", "docs"].flatMap(allFiles);
    const found = (p: string) =>
      existsSync(path.join(root, p)) || tracked.some((f) => f.endsWith(`/${p}`) || f.startsWith(`${p}/`));
    expect(cited.filter((p) => !found(p))).toEqual([]);
  });
});

const UNIT: Record<string, number> = { "": 1, s: 1_000, min: 60_000, h: 3_600_000, days: 1 };

describe("README defaults", () => {
  const saved = process.env;
  afterAll(() => {
    process.env = saved;
    resetEnvCache();
  });

  it("every default it gives a variable is lib/env.ts's default and .env.example's value", () => {
    process.env = minimalEnv();
    resetEnvCache();
    const defaults = env() as unknown as Record<string, unknown>;
    process.env = saved;
    resetEnvCache();
    const example = new Map(
      [...readFileSync(path.join(root, ".env.example"), "utf8").matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [
        m[1]!,
        m[2]!.trim(),
      ]),
    );
    // Variables only: "`DELETE` (204)" is an HTTP method with its status.
    const stated = [...readme.matchAll(/`([A-Z][A-Z0-9_]+)`,? \((?:default )?([\d,.]+)(?: (s|min|h|days))?[);]/g)]
      .map((m) => ({ name: m[1]!, value: Number(m[2]!.replace(/,/g, "")) * UNIT[m[3] ?? ""]! }))
      .filter(({ name }) => name in defaults || example.has(name));
    expect(stated.length).toBeGreaterThan(12);
    const wrong = stated.filter(
      ({ name, value }) =>
        defaults[name] !== value || (Boolean(example.get(name)) && Number(example.get(name)) !== value),
    );
    expect(
      wrong.map(
        (w) => `${w.name}: README ${w.value}, env.ts ${String(defaults[w.name])}, .env.example ${example.get(w.name)}`,
      ),
    ).toEqual([]);
  });
});
