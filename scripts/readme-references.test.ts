import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The README cites tests, commands and variables as its proof and its instructions: each must exist.
 * A renamed test file, a dropped npm script or a variable that left .env.example fails here.
 */
const root = path.resolve(__dirname, "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
const envExample = readFileSync(path.join(root, ".env.example"), "utf8");

function filesUnder(rel: string): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name.startsWith(".")) return [];
    const child = `${rel}/${e.name}`;
    return e.isDirectory() ? filesUnder(child) : [child];
  });
}

const escape = (s: string) => s.replace(/[.[\]()+?^${}|\\]/g, "\\$&");

describe("README references", () => {
  it("cites only test files that exist (a bare name somewhere in the tree, a glob at least once)", () => {
    const cited = [...new Set([...readme.matchAll(/`([^`\s]+\.(?:int\.test|test|spec)\.ts)`/g)].map((m) => m[1]!))];
    expect(cited.length).toBeGreaterThan(30);
    const tests = ["app", "lib", "workers", "scripts", "e2e"].flatMap(filesUnder);
    const found = (f: string) => {
      if (f.includes("*")) {
        const re = new RegExp(`^${escape(f).replace(/\*/g, "[^/]+")}$`);
        // Without a folder it is the naming convention (`*.int.test.ts`): any file of that name counts.
        return tests.some((t) => re.test(f.includes("/") ? t : path.basename(t)));
      }
      return f.includes("/") ? existsSync(path.join(root, f)) : tests.some((t) => t.endsWith(`/${f}`));
    };
    expect(cited.filter((f) => !found(f))).toEqual([]);
  });

  it("names only npm scripts package.json has", () => {
    const named = [...new Set([...readme.matchAll(/npm run ([a-z0-9:_-]+)/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((s) => !pkg.scripts[s])).toEqual([]);
  });

  it("names only environment variables .env.example lists", () => {
    const listed = new Set([...envExample.matchAll(/^(?:# ?)?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
    const named = new Set([...readme.matchAll(/`([A-Z][A-Z0-9]*_[A-Z0-9_]+)(?:=[^`]*)?`/g)].map((m) => m[1]!));
    expect(named.size).toBeGreaterThan(30);
    // Regime and jurisdiction codes share the shape (US_VA, UK_GDPR); the removed opt-out secret is named as gone.
    const notVariables = /^(US_[A-Z]{2}|UK_GDPR|OPT_OUT_API_SECRET)$/;
    expect([...named].filter((v) => !listed.has(v) && !notVariables.test(v))).toEqual([]);
  });
});
