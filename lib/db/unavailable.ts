/**
 * Whether an error means "PostgreSQL cannot be reached right now" (down, restarting, refusing
 * connections, the connection cut mid-query) rather than a fault of the query: callers answer 503 with
 * Retry-After and workers wait and retry, instead of a 500 or an exit.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
]);
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now).
const SQLSTATE = /^(08|57P0[1-4])/;
const MESSAGES = [
  "Connection terminated",
  "connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Connection refused",
  "the database system is starting up",
  "the database system is shutting down",
];

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && (NETWORK_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  if (typeof e.message === "string" && MESSAGES.some((m) => (e.message as string).includes(m))) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
