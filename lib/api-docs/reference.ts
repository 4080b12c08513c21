import type { Locale } from "@/lib/domain/locale";
import { DOMAIN_ERROR_STATUS } from "@/lib/domain/errors";
import { API_OPERATIONS, curlExample } from "./operations";
import { openApiDocument } from "./openapi";

/** A JSON Schema as the generator writes it (the parts the reference page shows). */
export interface SchemaLike {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  description?: string;
  items?: SchemaLike;
  anyOf?: SchemaLike[];
  properties?: Record<string, SchemaLike>;
  required?: string[];
  default?: unknown;
  maximum?: number;
  minimum?: number;
  maxLength?: number;
}

export interface ReferenceField {
  name: string;
  where: string;
  required: boolean;
  type: string;
  description: string;
}

export interface ReferenceOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  scope: string | null;
  fields: ReferenceField[];
  responses: { status: string; description: string; media: string }[];
  example: string;
}

/** A schema's type in a few words: `string (uuid)`, `one of a, b`, `RequestSummary[]`. */
export function typeText(s: SchemaLike | undefined): string {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop()!;
  if (s.enum) return `one of ${s.enum.join(", ")}`;
  if (s.anyOf) return s.anyOf.map(typeText).join(" | ");
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  if (type === "array") return `${typeText(s.items)}[]`;
  return s.format ? `${type} (${s.format})` : type;
}

/** The API reference (/api/docs), read from the generated OpenAPI document so both say the same. */
export function apiReference(serverUrl: string) {
  const doc = openApiDocument(serverUrl);
  const schemas = (doc.components?.schemas ?? {}) as Record<string, SchemaLike>;
  const resolve = (s: SchemaLike | undefined) => (s?.$ref ? schemas[s.$ref.split("/").pop()!] : s);
  const operations: ReferenceOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {}))
    for (const [method, raw] of Object.entries(item as Record<string, unknown>)) {
      const op = raw as {
        operationId: string;
        summary: string;
        description: string;
        security?: Record<string, string[]>[];
        parameters?: { name: string; in: string; required?: boolean; schema?: SchemaLike; description?: string }[];
        requestBody?: { content: Record<string, { schema: SchemaLike }> };
        responses: Record<string, { description: string; content?: Record<string, unknown> }>;
      };
      const fields: ReferenceField[] = (op.parameters ?? []).map((p) => ({
        name: p.name,
        where: p.in,
        required: p.required ?? false,
        type: typeText(p.schema),
        description: p.description ?? p.schema?.description ?? "",
      }));
      const body = resolve(op.requestBody?.content["application/json"]?.schema);
      for (const [name, s] of Object.entries(body?.properties ?? {}))
        fields.push({
          name,
          where: "body",
          required: body?.required?.includes(name) ?? false,
          type: typeText(s),
          description: s.description ?? "",
        });
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        summary: op.summary,
        description: op.description,
        scope: op.security?.[0]?.apiKey?.[0] ?? null,
        fields,
        responses: Object.entries(op.responses).map(([status, r]) => ({
          status,
          description: r.description,
          media: Object.keys(r.content ?? {}).join(", "),
        })),
        example: curlExample(
          API_OPERATIONS.find((o) => o.operationId === op.operationId) ?? { scope: null, example: "" },
        ),
      });
    }
  return { operations, problems: Object.entries(DOMAIN_ERROR_STATUS), info: doc.info };
}

/** The page's own words (the operations' texts are the document's, in English). */
export const REFERENCE_WORDS: Record<Locale, Record<string, string>> = {
  en: {
    title: "DSR desk API reference",
    intro:
      "Every operation under /api/v1, generated from the same zod schemas the server validates with. Machine-readable: ",
    auth: "Authentication: an admin creates a key in the back-office (API keys); send it as Authorization: Bearer dsr_live_… — never in the URL. Each operation names the scope it needs.",
    scope: "Scope",
    noKey: "no key",
    fields: "Parameters",
    field: "Name",
    where: "In",
    required: "Required",
    type: "Type",
    description: "Description",
    responses: "Responses",
    example: "Example",
    problems: "Errors (RFC 9457 problem details)",
    problemsIntro:
      "Errors with a key are application/problem+json: type, title, status, detail, instance, code, and errors [{field, reason}] for invalid input or missingScopes for 403. 429 carries Retry-After.",
    code: "Code",
    status: "HTTP status",
    yes: "yes",
    no: "no",
    contents: "Operations",
  },
  fr: {
    title: "Référence de l'API DSR desk",
    intro:
      "Toutes les opérations sous /api/v1, générées à partir des schémas zod avec lesquels le serveur valide. Version lisible par machine : ",
    auth: "Authentification : un administrateur crée une clé dans le back-office (Clés d'API) ; envoyez-la dans Authorization: Bearer dsr_live_… — jamais dans l'URL. Chaque opération indique le droit requis.",
    scope: "Droit",
    noKey: "sans clé",
    fields: "Paramètres",
    field: "Nom",
    where: "Où",
    required: "Obligatoire",
    type: "Type",
    description: "Description (en anglais)",
    responses: "Réponses",
    example: "Exemple",
    problems: "Erreurs (RFC 9457, problem details)",
    problemsIntro:
      "Avec une clé, les erreurs sont en application/problem+json : type, title, status, detail, instance, code, et errors [{field, reason}] pour une saisie invalide ou missingScopes pour un 403. Un 429 porte Retry-After.",
    code: "Code",
    status: "Statut HTTP",
    yes: "oui",
    no: "non",
    contents: "Opérations",
  },
};
