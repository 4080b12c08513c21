import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { Redis } from "ioredis";
import { createRedis } from "./connection";
import { QUEUES } from "./define-job";
import { createQueues, type QueueSet } from "./queues";

/** Where the board is mounted; every asset and API call of the board lives under it. */
export const BULL_BOARD_BASE_PATH = "/staff/admin/queues";

type Holder = { redis?: Redis; queues?: QueueSet; app?: Hono };
// One connection and one board per process, surviving Next's module reloading in development.
const holder = ((globalThis as Record<string, unknown>).__dsrBullBoard ??= {}) as Holder;

/** The Bull Board app (UI, static assets and its JSON API) for the four queues; answers `fetch(request)`. */
export function bullBoardApp(): Hono {
  if (holder.app) return holder.app;
  // A producer connection fails fast while Redis is down: the board shows an error instead of hanging.
  const redis = createRedis("producer", { retryStrategy: (n) => Math.min(n * 200, 2_000) });
  redis.on("error", () => undefined);
  const queues = createQueues(redis);
  const serverAdapter = new HonoAdapter(serveStatic).setBasePath(BULL_BOARD_BASE_PATH);
  createBullBoard({
    queues: QUEUES.map((name) => new BullMQAdapter(queues[name])),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: "Request queues",
        hideDocsLink: true,
        miscLinks: [{ text: "Back to the back-office", url: "/staff/requests" }],
      },
    },
  });
  holder.redis = redis;
  holder.queues = queues;
  holder.app = new Hono().route(BULL_BOARD_BASE_PATH, serverAdapter.registerPlugin());
  return holder.app;
}

// The board's page asks Google Fonts for its typeface; a back-office full of personal data makes
// no third-party requests, so the link is dropped and the system fonts are used.
const THIRD_PARTY_FONTS = /<link[^>]+href="https:\/\/fonts\.googleapis\.com[^"]*"[^>]*>\s*/g;

/** Answers one request to the board (already authorised by the caller). */
export async function serveBullBoard(request: Request): Promise<Response> {
  const response = await bullBoardApp().fetch(request);
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = (await response.text()).replace(THIRD_PARTY_FONTS, "");
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("cache-control", "no-store");
  return new Response(html, { status: response.status, headers });
}

/**
 * What the board may change. Admins may retry, promote, clean and pause (recoverable, and what
 * operating the workers needs); adding or editing jobs, emptying or obliterating a queue and changing
 * schedulers are refused: jobs come from the outbox, and the workers own their schedulers.
 */
const ALLOWED_CHANGES: { methods: string[]; path: RegExp }[] = [
  { methods: ["PUT"], path: /^\/api\/queues\/(pause|resume)$/ },
  { methods: ["PUT"], path: /^\/api\/queues\/[^/]+\/(pause|resume|promote)$/ },
  { methods: ["PUT"], path: /^\/api\/queues\/[^/]+\/(retry|clean)\/[a-z]+$/ },
  { methods: ["PUT"], path: /^\/api\/queues\/[^/]+\/[^/]+\/(retry|promote|clean)$/ },
];

export type BoardRequestKind = "read" | "change" | "refused";

/** Classifies a request to the board by method and path (the path as the browser sent it). */
export function classifyBoardRequest(method: string, pathname: string): BoardRequestKind {
  const m = method.toUpperCase();
  if (m === "GET" || m === "HEAD") return "read";
  const relative = pathname.startsWith(BULL_BOARD_BASE_PATH) ? pathname.slice(BULL_BOARD_BASE_PATH.length) : pathname;
  return ALLOWED_CHANGES.some((c) => c.methods.includes(m) && c.path.test(relative)) ? "change" : "refused";
}
