import type http from "node:http";
import { randomBytes } from "node:crypto";
import { securityHeaders } from "@/lib/http/security-headers";

type RouteHandler = (request: Request, ctx: unknown) => Promise<Response>;
type RouteModule = { POST?: RouteHandler; default?: { POST?: RouteHandler } };

/**
 * Route handlers the web server calls itself, without Next's router: the public intake, the one API a
 * crowd calls at once (and the bench's no-op, its ceiling). Next's routing, proxy and request wrapping
 * cost ~1.6 ms of CPU per call, as much as the intake's own work. The same module Next would run (its
 * `apiRoute` wrapper and error table), the same gates before it (client address stamped, body limit,
 * database watch: scripts/next-server.ts) and the proxy's security headers on the answer. Only POST to
 * the exact path: any other method (GET lists with an API key) goes through Next as before.
 */
const DIRECT: Record<string, () => Promise<RouteModule>> = {
  "/api/v1/requests": () => import("@/app/api/v1/requests/route"),
  "/api/bench/noop": () => import("@/app/api/bench/noop/route"),
};

const loaded = new Map<string, Promise<RouteHandler | null>>();

/** Off with DIRECT_API_ROUTES=0 (every call through Next, as before: for comparison). */
const enabled = () => process.env.DIRECT_API_ROUTES !== "0";

/** The handler serving this request directly, or null (Next serves it). */
export function directRoute(req: http.IncomingMessage): Promise<RouteHandler | null> | null {
  if (req.method !== "POST" || !enabled()) return null;
  const path = (req.url ?? "").split("?")[0]!;
  const load = DIRECT[path];
  if (!load) return null;
  let handler = loaded.get(path);
  if (!handler) {
    handler = load().then((m) => m.POST ?? m.default?.POST ?? null);
    loaded.set(path, handler);
  }
  return handler;
}

/** Loads the direct routes' modules at start, so the first call does not pay for it. */
export async function preloadDirectRoutes(): Promise<void> {
  if (!enabled()) return;
  await Promise.all(
    Object.keys(DIRECT).map((path) => directRoute({ method: "POST", url: path } as http.IncomingMessage)),
  );
}

/** Runs the handler on a web Request made from the Node request and writes its Response. */
export async function serveDirect(
  handler: RouteHandler,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  origin: string,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const body = bodyOf(req);
  const request = new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: body.stream,
    duplex: "half",
  } as RequestInit);
  let response: Response;
  let payload: Buffer;
  try {
    response = await handler(request, { params: Promise.resolve({}) });
    payload = Buffer.from(await response.arrayBuffer());
  } finally {
    // Whatever of the body the handler did not read is read and dropped (the connection stays usable).
    body.drop();
  }
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length) out["set-cookie"] = setCookies;
  const pathname = (req.url ?? "/").split("?")[0]!;
  const security = securityHeaders({
    nonce: randomBytes(16).toString("base64"),
    pathname,
    https: (process.env.APP_URL ?? "").startsWith("https://"),
    dev: false,
    oidcOrigin: process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : null,
  });
  res.writeHead(response.status, { ...security, ...out, "content-length": String(payload.length) });
  res.end(payload);
}

/**
 * The request body as a web stream. Unlike Readable.toWeb, a reader that stops early (413 past the JSON
 * limit) leaves the socket alone: the rest of the body is read and dropped, so the connection stays usable
 * for the client's next request (a destroyed socket would reset that request).
 */
function bodyOf(req: http.IncomingMessage): { stream: ReadableStream<Uint8Array>; drop: () => void } {
  let cancelled = false;
  const drop = () => {
    cancelled = true;
    req.resume();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => !cancelled && controller.close());
      req.on("error", (err) => !cancelled && controller.error(err));
    },
    pull() {
      req.resume();
    },
    cancel: drop,
  });
  return { stream, drop };
}
