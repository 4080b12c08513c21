/**
 * The payload exactly as it will read back from the jsonb column: a JSON round trip drops undefined
 * values, turns Dates into ISO strings and NaN into null. Hashing this, not the caller's object,
 * keeps the stored hash verifiable.
 */
export function toJsonObject(payload: Record<string, unknown> | undefined): Record<string, unknown> {
  if (payload === undefined) return {};
  const json = JSON.stringify(payload) as string | undefined;
  const value: unknown = json === undefined ? undefined : JSON.parse(json);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError("audit payload must be an object");
  }
  return value as Record<string, unknown>;
}
