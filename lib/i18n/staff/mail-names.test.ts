import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { previewEntries } from "@/lib/mail/preview";
import { templateNames } from "@/lib/mail/templates";
import { namesEn } from "./names-en";
import { namesFr } from "./names-fr";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p) ? [p] : [];
  });
}

/** Every template a mail row can carry: the mail templates and the keys queued with `template: "…"`. */
function mailTemplates(): string[] {
  const found = new Set<string>(templateNames());
  for (const file of sources("lib"))
    for (const m of readFileSync(file, "utf8").matchAll(/\btemplate: "([a-z_]+)"/g)) found.add(m[1]!);
  return [...found].sort();
}

describe("mail names on the request page's Mails panel and the bell", () => {
  it("every mail the product queues has a name in English and in French (never its raw key)", () => {
    const templates = mailTemplates();
    expect(templates.length).toBeGreaterThan(20);
    expect(templates.filter((t) => !Object.hasOwn(namesEn.mailNames, t))).toEqual([]);
    expect(templates.filter((t) => !Object.hasOwn(namesFr.mailNames, t))).toEqual([]);
  });

  it("the staff mails the templates page previews have names too (their keys in lib/mail/preview.ts)", () => {
    const keys = previewEntries()
      .filter((e) => e.audience === "staff")
      .map((e) => e.key.split(" ")[0]!); // a variant is named after its mail: "staff_escalation (overdue)"
    expect(keys.length).toBeGreaterThan(4);
    expect(keys.filter((k) => !Object.hasOwn(namesEn.mailNames, k) || !Object.hasOwn(namesFr.mailNames, k))).toEqual(
      [],
    );
  });
});
