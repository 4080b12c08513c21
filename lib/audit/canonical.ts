import type { AuditEntry } from "./entry";

/**
 * Deterministic JSON text of a JSON value: object keys sorted (by UTF-16 code units, recursively),
 * no whitespace, numbers and strings as JSON.stringify writes them. The same data always gives
 * the same text, whatever key order it was built or stored in (jsonb reorders keys).
 *
 * Only plain JSON data is accepted; anything JSON.stringify would silently change (undefined,
 * NaN, Date, bigint, class instances) throws, so a hash can never cover something other than
 * what is stored. Run values through `toJsonObject` first.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case "object":
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
      if (!isPlainObject(value)) throw new TypeError(`canonicalJson: ${describe(value)} is not plain JSON data`);
      return `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
        .join(",")}}`;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON data`);
  }
}

/** The canonical text of an audit entry, the input of its hash. */
export function canonicalEntry(entry: AuditEntry): string {
  return canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actorType: entry.actorType,
    actorId: entry.actorId,
    action: entry.action,
    requestId: entry.requestId,
    payload: entry.payload,
  });
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(value: object): string {
  return (value.constructor as { name?: string } | undefined)?.name ?? "an object";
}
