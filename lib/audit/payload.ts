import { z } from "zod";

const jsonObject = z.record(z.string(), z.unknown());

/**
 * The payload exactly as it will read back from the jsonb column: a JSON round trip drops undefined
 * values, turns Dates into ISO strings and NaN into null. Hashing this, not the caller's object,
 * keeps the stored hash verifiable.
 */
export function toJsonObject(payload: object | undefined): Record<string, unknown> {
  if (payload === undefined) return {};
  const json: string | undefined = JSON.stringify(payload);
  const value: unknown = json === undefined ? undefined : JSON.parse(json);
  const parsed = jsonObject.safeParse(value);
  if (!parsed.success) throw new TypeError("audit payload must be an object");
  return parsed.data;
}
