import path from "node:path";

/**
 * ESLint rule: imports inside lib/ only point down the layers, so a back-edge (a low layer reaching a
 * feature, or two features calling each other) fails `npm run lint`. app/, workers/ and scripts/ sit
 * above all of lib; lib never imports them. lib/domain is the leaf: nothing from the project outside
 * itself, and no package that does I/O.
 */

// Rank of each lib module (folder, or file at lib/ root). A module may import its own files and any
// module of a lower rank, never one of the same or a higher rank.
export const LAYERS = [
  ["domain"],
  ["env", "log"],
  ["crypto", "i18n", "branding", "net"],
  ["db", "queue"],
  // The audit entry is the hook where webhook events are produced (lib/webhooks), in the same
  // transaction, and they are delivered through the outbox: so outbox < webhooks < audit.
  ["outbox"],
  ["webhooks"],
  ["audit", "rate-limit", "health"],
  // Below auth: sign-in security mails the account holder (lock, password reset).
  ["mail"],
  ["auth", "exports"],
  ["http"],
  ["connectors"],
  ["systems"],
  ["requests", "reports", "maintenance"],
  // Webhook endpoints and their deliveries (payloads may quote the request's subject fields).
  ["integrations"],
  ["fulfilment"],
  // The REST API's reference (OpenAPI document, docs page) describes routes of every feature.
  ["seed", "api-docs"],
];
const RANK = new Map(LAYERS.flatMap((mods, rank) => mods.map((m) => [m, rank])));

// The fulfilment engine reaches the request lifecycle only through its public use cases.
const PUBLIC_REQUEST_USE_CASES = /^lib\/requests\/(transitions\/run-transition|subject-fields)$/;
// The leaf may use pure packages only.
const DOMAIN_PACKAGES = new Set(["zod", "date-holidays"]);
const TOP = new Set(["app", "workers", "scripts", "e2e"]);

function projectPath(spec, filename, root) {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.relative(root, path.resolve(path.dirname(filename), spec));
  return null;
}

function moduleOf(rel) {
  const parts = rel.split(path.sep).join("/").split("/");
  if (TOP.has(parts[0])) return { area: parts[0] };
  if (parts[0] !== "lib") return { area: "other" };
  const mod = parts.length === 2 ? parts[1].replace(/\.(tsx?|mjs)$/, "") : parts[1];
  return { area: "lib", mod };
}

function problem(from, to, targetRel, spec) {
  if (from.area !== "lib") return null;
  if (to.area !== "lib") return TOP.has(to.area) ? `lib must not import ${to.area}/` : null;
  if (from.mod === to.mod) return null;
  const a = RANK.get(from.mod);
  const b = RANK.get(to.mod);
  if (a === undefined) return `lib/${from.mod} has no layer in scripts/lint/import-arrows.mjs`;
  if (b === undefined) return `lib/${to.mod} has no layer in scripts/lint/import-arrows.mjs`;
  if (from.mod === "fulfilment" && to.mod === "requests") {
    const normalized = targetRel
      .split(path.sep)
      .join("/")
      .replace(/\.(tsx?)$/, "");
    return PUBLIC_REQUEST_USE_CASES.test(normalized)
      ? null
      : `lib/fulfilment may use lib/requests only through its public use cases (not ${spec})`;
  }
  if (b >= a) return `lib/${from.mod} (layer ${a}) must not import lib/${to.mod} (layer ${b}): arrows point down`;
  return null;
}

export const importArrows = {
  meta: { type: "problem", docs: { description: "imports follow the layer arrows of DESIGN.md" }, schema: [] },
  create(context) {
    const root = context.cwd;
    const fromRel = path.relative(root, context.filename);
    const from = moduleOf(fromRel);
    const isTest = /\.test\.tsx?$/.test(fromRel);
    function check(node, spec) {
      if (typeof spec !== "string") return;
      if (from.area === "lib" && from.mod === "domain" && !spec.startsWith(".") && !spec.startsWith("@/")) {
        const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
        if (!DOMAIN_PACKAGES.has(pkg) && !(isTest && (pkg === "vitest" || pkg === "fast-check"))) {
          context.report({ node, message: `lib/domain is pure: it must not import "${spec}"` });
        }
        return;
      }
      const targetRel = projectPath(spec, context.filename, root);
      if (targetRel === null) return;
      // Tests may reach across layers to set up a scenario; production code may not.
      if (isTest) return;
      const message = problem(from, moduleOf(targetRel), targetRel, spec);
      if (message) context.report({ node, message });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

const plugin = { rules: { "import-arrows": importArrows } };
export default plugin;
