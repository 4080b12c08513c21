import http from "node:http";
import { gunzipSync } from "node:zlib";
import { parseServed, SERVED_PREVIOUS_HEADER } from "./served-time";

export interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent (gzip when the server compressed it). */
  raw: Buffer;
  /** Request written → last byte of the body received (ms): the client's wall time, nothing decoded. */
  wall: number;
}

/** What the server said about one response: arrival → last byte written (ms). */
export interface Served {
  ms: number;
}

/**
 * A lean keep-alive HTTP client for benches: one connection (node:http, no fetch/undici, no decoding in
 * the timed span), gzip accepted as a browser does. It asks the web server for each response's own
 * server time (`x-served-previous`, scripts/lib/served-time.ts), which arrives with the next response
 * on the connection: `served(i)` resolves once a later request (or `flush()`) has brought it.
 */
export class BenchClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;
  private socket: unknown = null;
  private count = 0;
  private pending: ((s: Served | null) => void) | null = null;
  private pendingN = 0;

  constructor(
    base: string,
    private readonly headers: Record<string, string>,
  ) {
    this.url = new URL(base);
  }

  get(path: string): Promise<Fetched & { served: Promise<Served | null> }> {
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const req = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          path,
          method: "GET",
          headers: { ...this.headers, "accept-encoding": "gzip", [SERVED_PREVIOUS_HEADER]: "1" },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const wall = performance.now() - t0;
            const mine = this.settlePrevious(req.socket, res.headers[SERVED_PREVIOUS_HEADER]);
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              raw: Buffer.concat(chunks),
              wall,
              served: mine,
            });
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end();
    });
  }

  /** Hands the previous response its server time, and opens a slot for this one. */
  private settlePrevious(socket: unknown, header: string | string[] | undefined): Promise<Served | null> {
    if (socket !== this.socket) {
      // A new connection: the figure of the last response on the old one is lost.
      this.pending?.(null);
      this.pending = null;
      this.socket = socket;
      this.count = 0;
    }
    this.count += 1;
    const served = parseServed(header);
    if (this.pending) this.pending(served && served.n === this.pendingN ? { ms: served.ms } : null);
    this.pendingN = this.count;
    return new Promise((resolve) => (this.pending = resolve));
  }

  /** Brings the last response's server time with one more request of `path`. */
  async flush(path: string): Promise<void> {
    await this.get(path);
    this.pending?.(null);
    this.pending = null;
  }

  close() {
    this.agent.destroy();
  }
}

/** The body as text (gunzipped when it came compressed). */
export function bodyText(f: Fetched): string {
  return (f.headers["content-encoding"] === "gzip" ? gunzipSync(f.raw) : f.raw).toString("utf8");
}
