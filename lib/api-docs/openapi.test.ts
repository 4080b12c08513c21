import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { API_OPERATIONS, curlExample } from "./operations";

const ROOT = path.resolve(__dirname, "../../app/api/v1");

/** Every route file under app/api/v1 as [OpenAPI path, method] pairs, read from its exports. */
function routeOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const rel = path.relative(ROOT, dir).split(path.sep).join("/");
        const apiPath = `/api/v1/${rel}`.replace(/\[([^\]]+)\]/g, "{$1}");
        const source = readFileSync(full, "utf8");
        for (const m of source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g))
          found.push(`${m[1]!.toLowerCase()} ${apiPath}`);
      }
    }
  };
  walk(ROOT);
  return found.sort();
}

describe("OpenAPI document", () => {
  const doc = openApiDocument("http://127.0.0.1:3000");

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("has an operation for every route file under app/api/v1, and none without a route", () => {
    const documented = Object.entries(doc.paths ?? {})
      .flatMap(([p, item]) => Object.keys(item as object).map((method) => `${method} ${p}`))
      .sort();
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThanOrEqual(9);
    expect(documented).toEqual(routes);
  });

  it("names the scope of every keyed operation and answers its errors as problem details", () => {
    const list = doc.paths!["/api/v1/requests"]!.get!;
    expect(list.security).toEqual([{ apiKey: ["requests:read"] }]);
    expect(Object.keys(list.responses!["403"]!.content!)).toEqual(["application/problem+json"]);
    const params = (list.parameters ?? []) as { name: string }[];
    expect(params.map((p) => p.name)).toEqual(
      expect.arrayContaining(["status", "type", "regime", "overdue", "dueBefore", "assignee", "cursor", "limit"]),
    );
    expect(doc.paths!["/api/v1/requests"]!.post!.security).toEqual([]);
    // The regime filter lists the codes it accepts (the server refuses any other with a 400).
    const regime = (list.parameters as { name: string; schema?: { enum?: string[] } }[]).find(
      (p) => p.name === "regime",
    );
    expect(regime?.schema?.enum).toEqual(expect.arrayContaining(["GDPR", "UK_GDPR", "CCPA", "NFADP", "US_OR"]));
    expect(regime?.schema?.enum).not.toContain("XX");
  });

  it("adds the key's header to every keyed example, and to none without a key", () => {
    for (const op of API_OPERATIONS) {
      const example = curlExample(op);
      expect(example.includes('-H "Authorization: Bearer $DSR_KEY"'), op.operationId).toBe(op.scope !== null);
      expect(example.split("Authorization").length, op.operationId).toBeLessThanOrEqual(2);
    }
    expect(doc.paths!["/api/v1/webhooks/{id}"]!.delete!.responses!["204"]).toEqual({
      description: "Deleted (no body).",
    });
    expect(doc.paths!["/api/v1/opt-outs"]!.post!.security).toEqual([{ apiKey: ["opt_outs:write"] }]);
  });

  it("documents the Idempotency-Key header and its 422 where a route reads it, and the intake's 413/415", () => {
    for (const [path, method] of [
      ["/api/v1/requests", "post"],
      ["/api/v1/requests/staff-channel", "post"],
      ["/api/v1/opt-outs", "post"],
    ] as const) {
      const op = doc.paths![path]![method]!;
      const header = ((op.parameters ?? []) as { name: string; in: string; required?: boolean }[]).find(
        (p) => p.in === "header",
      );
      expect(header, path).toMatchObject({ name: "Idempotency-Key" });
      expect(header?.required ?? false, path).toBe(false);
      expect(op.responses!["422"], path).toBeDefined();
    }
    const intake = doc.paths!["/api/v1/requests"]!.post!.responses!;
    expect(Object.keys(intake).sort()).toEqual(["202", "400", "413", "415", "422", "429"]);
    expect(Object.keys(intake["422"]!.content!)).toEqual(["application/json"]);
    // An operation that reads no such header does not claim one.
    expect(doc.paths!["/api/v1/requests"]!.get!.responses!["422"]).toBeUndefined();
  });
});
