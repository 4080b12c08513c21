import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ColumnKind } from "@/lib/db/queries/collected-data";
import { stagedTexts } from "./package-rows";
import { SetPacker, type PackedSet } from "./set-packer";

/** What collect needs of a packer, in this thread or in the pack thread. */
export interface Packer {
  add(plaintext: Buffer, rows: number): Promise<void>;
  finish(): Promise<PackedSet>;
  destroy(): void;
}
type Put = (part: "json" | "csv", seq: number, bytes: Buffer) => Promise<void>;
type Columns = { name: string; kind: ColumnKind }[];

export type ToThread =
  | { id: number; type: "start"; columns: Columns }
  | { id: number; type: "batch"; bytes: Uint8Array; rows: number }
  | { id: number; type: "finish" }
  | { id: number; type: "drop" };
type FromThread =
  | { id: number; type: "ready" | "ack" }
  | { id: number; type: "part"; part: "json" | "csv"; seq: number; bytes: Uint8Array }
  | { id: number; type: "done"; packed: PackedSet }
  | { id: number; type: "error"; message: string };

/** Batches handed to the thread and not yet packed: the COPY waits beyond this (backpressure). */
const AHEAD = 3;

interface Session {
  onMessage(m: FromThread): void;
  fail(err: Error): void;
}

/**
 * One thread per workers process, started on first use (or by warmPackThread at start-up) and kept:
 * the packing of every collect runs there, several sessions side by side. It loads the TypeScript
 * sources through tsx, as the workers do; where it cannot start, packing runs in the calling thread.
 */
class PackThread {
  private readonly sessions = new Map<number, Session>();
  private nextId = 1;
  readonly ready: Promise<boolean>;

  constructor(private readonly worker: Worker) {
    worker.unref();
    let started: (ok: boolean) => void;
    this.ready = new Promise((r) => (started = r));
    worker.on("message", (m: FromThread) => {
      if (m.type === "ready") return started(true);
      this.sessions.get(m.id)?.onMessage(m);
    });
    const down = (err: Error) => {
      started(false);
      if (thread === this) thread = null;
      for (const s of this.sessions.values()) s.fail(err);
      this.sessions.clear();
    };
    worker.on("error", down);
    worker.on("exit", (code) => down(new Error(`pack thread exited (${code})`)));
  }

  /** The thread keeps the process alive only while a session is open. */
  private forget(id: number): boolean {
    const had = this.sessions.delete(id);
    if (this.sessions.size === 0) this.worker.unref();
    return had;
  }

  session(columns: Columns, put: Put): Packer {
    const id = this.nextId++;
    const worker = this.worker;
    worker.ref();
    let inFlight = 0;
    let storing = 0;
    let failed: Error | null = null;
    let waiters: (() => void)[] = [];
    let puts: Promise<void> = Promise.resolve();
    let done: { resolve: (p: PackedSet) => void; reject: (e: Error) => void } | null = null;
    const wakeAll = () => {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    };
    const fail = (err: Error) => {
      failed ??= err;
      wakeAll();
      done?.reject(failed);
    };
    this.sessions.set(id, {
      fail,
      onMessage: (m) => {
        if (m.type === "ack") {
          inFlight -= 1;
          waiters.shift()?.();
        } else if (m.type === "part") {
          const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
          storing += 1;
          puts = puts.then(async () => {
            await put(m.part, m.seq, bytes);
            storing -= 1;
            waiters.shift()?.();
          });
          puts.catch(fail);
        } else if (m.type === "done") {
          this.forget(id);
          puts.then(() => done?.resolve(m.packed), fail);
        } else if (m.type === "error") fail(new Error(m.message));
      },
    });
    worker.postMessage({ id, type: "start", columns } satisfies ToThread);
    return {
      async add(plaintext, rows) {
        // Deflated parts wait for their insert here: the COPY waits too when they pile up.
        while (!failed && (inFlight >= AHEAD || storing > 2)) await new Promise<void>((r) => waiters.push(r));
        if (failed) throw failed;
        inFlight += 1;
        worker.postMessage({ id, type: "batch", bytes: plaintext, rows } satisfies ToThread);
      },
      finish() {
        if (failed) return Promise.reject(failed);
        return new Promise<PackedSet>((resolve, reject) => {
          done = { resolve, reject };
          worker.postMessage({ id, type: "finish" } satisfies ToThread);
        });
      },
      destroy: () => {
        if (!this.forget(id)) return;
        worker.postMessage({ id, type: "drop" } satisfies ToThread);
      },
    };
  }
}

let thread: PackThread | null = null;

function packThread(): PackThread | null {
  if (thread) return thread;
  const entry = path.join(process.cwd(), "lib/exports/pack-thread-entry.ts");
  if (!fs.existsSync(entry)) return null;
  try {
    thread = new PackThread(
      new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, { eval: true }),
    );
  } catch {
    return null;
  }
  return thread;
}

/** Starts the pack thread ahead of the first collect (the workers call it at start-up). */
export function warmPackThread(): void {
  void packThread()?.ready;
}

/** A packer for a set: in the pack thread when it runs, else in this thread. */
export async function packerFor(columns: Columns, put: Put): Promise<Packer> {
  const t = packThread();
  if (t && (await t.ready)) return t.session(columns, put);
  return new SetPacker(stagedTexts(columns), put);
}
