import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rightNotGranted } from "@/lib/requests/intake/valid-intake";
import { localiseFieldReason, localiseFields } from "./field-reasons";
import { staffZodErrorMap } from "./zod-reasons";

const ROOTS = ["lib", "app/(staff)", "app/api/staff", "app/api/v1"];
// Portal and connector-side texts have their own catalogues or never reach a staff form.
const SKIP =
  /(\.test\.tsx?$|\/portal\/|lib\/i18n\/|lib\/env|lib\/branding|lib\/connectors\/|lib\/api-docs\/|lib\/mail\/(?!wording-input)|lib\/seed\/)/;

// Lower-case strings the patterns catch that never reach a staff form: decide.ts's sample inputs, and the
// Data Rights Protocol's envelope errors (answered to agents' software in English).
const NOT_REASONS = new Set([
  "placeholder",
  "agent-id is required",
  "business-id is required",
  "status_callback must be a URL",
  "request_id must be a request id returned by this service",
  'drp.version must be "',
  // A webhook delivery's outcome (lib/integrations/webhooks/post.ts's `fail`), not a field's reason.
  "the host name has no address",
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(p) && !SKIP.test(p) ? [p] : [];
  });
}

/** Field reasons as the code writes them: lower-case phrases given to zod or to a DomainError's fields. */
function writtenReasons(): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /\berror:\s*"([a-z][^"]+)"/g,
    /\.(?:min|max|length|regex|refine)\([^()"]*,\s*"([a-z][^"]+)"/g,
    /\berror:\s*`([a-z][^`$]+)\$\{/g,
    /\bmessage:\s*"([a-z][^"]+)"/g,
    // A one-line refine with an arrow check, and a reason assigned to a fields map.
    /\.refine\(\([^)]*\)\s*=>[^\n]*?,\s*"([a-z][^"]+)"\)/g,
    /\bfields\[[^\]]+\]\s*=\s*"([a-z][^"]+)"/g,
    // The register form's line-by-line checks (lib/systems/recipients.ts, transfers.ts).
    /\bfail\("([a-z][^"]+)"\)/g,
  ];
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, "utf8");
    for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1]!);
  }
  return found;
}

describe("field reasons for French-speaking staff", () => {
  it("every reason the staff-reachable code writes has its French", () => {
    const reasons = [...writtenReasons()].filter((r) => !NOT_REASONS.has(r));
    expect(reasons.length).toBeGreaterThan(30);
    const untranslated = reasons.filter((r) => localiseFieldReason(r.endsWith(" ") ? `${r}a, b` : r, "fr") === r);
    expect(untranslated).toEqual([]);
  });

  it("keeps English for English-speaking staff and lists as they are", () => {
    expect(localiseFieldReason("is required", "en")).toBe("is required");
    expect(localiseFieldReason("must be one of access, erasure", "fr")).toBe(
      "doit être l'une des valeurs : access, erasure",
    );
    expect(localiseFields({ reason: "is required", email: "is already used" }, "fr")).toEqual({
      reason: "est obligatoire",
      email: "est déjà utilisée",
    });
  });
});

describe("a right the residence's law does not grant, for French-speaking staff", () => {
  it("names the law and what it grants, the codes kept as they are", () => {
    const reason = rightNotGranted("opt_out_targeted_ads", "FR").fields!.type!;
    expect(reason).toMatch(/^is not a right under the law of FR \(GDPR\); it grants: access, /);
    expect(localiseFieldReason(reason, "fr")).toMatch(
      /^n'est pas un droit prévu par la loi de FR \(GDPR\) ; elle prévoit : access, rectification, erasure/,
    );
    expect(localiseFieldReason(reason, "en")).toBe(reason);
  });
});

describe("zod's own issues worded for staff", () => {
  const schema = z.object({
    note: z.string().max(5),
    reason: z.string().min(1),
    email: z.email(),
    id: z.uuid(),
    type: z.enum(["access", "erasure"]),
    missing: z.string(),
    custom: z.string().min(3, "say why"),
  });
  const reasons = (locale: "fr" | "en") => {
    const r = schema.safeParse(
      { note: "too long", reason: "", email: "x", id: "1", type: "x", custom: "" },
      { error: staffZodErrorMap(locale) },
    );
    return Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("in French", () => {
    expect(reasons("fr")).toEqual({
      note: "doit contenir au plus 5 caractères",
      reason: "est obligatoire",
      email: "doit être une adresse e-mail valide",
      id: "n'est pas un identifiant valide",
      type: "doit être l'une des valeurs : access, erasure",
      missing: "est obligatoire",
      custom: "say why",
    });
  });

  it("in English", () => {
    expect(reasons("en")).toMatchObject({ note: "must have at most 5 characters", missing: "is required" });
  });
});
