/** Human reference of a request, e.g. DSR-2026-000123: the year of receipt and a global number. */
export function formatReference(receivedAt: Date, n: number): string {
  return `DSR-${receivedAt.getUTCFullYear()}-${String(n).padStart(6, "0")}`;
}
