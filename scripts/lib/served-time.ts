import type http from "node:http";
import type net from "node:net";

/**
 * Each response's server time, from the request's arrival at the web server (its head parsed, the
 * `request` event) to its last byte written (the response's `finish`: everything handed to the
 * operating system). A response cannot carry its own
 * last-byte time in its head, so the figure of the previous response on the same keep-alive connection
 * is sent in the next response's head, only when the client asks for it with `x-served-previous: 1`
 * (`npm run bench:queue` does; browsers never send it): `x-served-previous: n=3; ms=4.210` — `n` numbers
 * the responses on the connection from 1, so a client can check which response the figure is of.
 */
export const SERVED_PREVIOUS_HEADER = "x-served-previous";

const LAST = Symbol("dsrServedLast");
const COUNT = Symbol("dsrServedCount");
type Stamped = net.Socket & { [LAST]?: string; [COUNT]?: number };

export function formatServed(n: number, ms: number): string {
  return `n=${n}; ms=${ms.toFixed(3)}`;
}

/** Parses the header's value: `{ n, ms }` or null. */
export function parseServed(value: string | string[] | undefined): { n: number; ms: number } | null {
  const m = /^n=(\d+); ms=([\d.]+)$/.exec(Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
  return m ? { n: Number(m[1]), ms: Number(m[2]) } : null;
}

/** Call first thing in the server's request listener. */
export function trackServedTime(req: http.IncomingMessage, res: http.ServerResponse): void {
  const socket = req.socket as Stamped;
  const n = (socket[COUNT] = (socket[COUNT] ?? 0) + 1);
  if (req.headers[SERVED_PREVIOUS_HEADER] === "1" && socket[LAST]) res.setHeader(SERVED_PREVIOUS_HEADER, socket[LAST]);
  const start = performance.now();
  res.once("finish", () => {
    socket[LAST] = formatServed(n, performance.now() - start);
  });
}
