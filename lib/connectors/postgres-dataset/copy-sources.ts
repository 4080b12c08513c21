import type { Readable } from "node:stream";
import type pg from "pg";
import { copyOut } from "./copy-out";

interface Taken {
  client: pg.PoolClient;
  /** A COPY was sent on it and not read to its end: the connection cannot go back to the pool. */
  busy: boolean;
  released: boolean;
}

/**
 * The `COPY (select …) TO STDOUT` of each set of a dataset, used in order, each read to its end
 * before the next. While one set is read, the next one's statement already runs on a connection of
 * its own when the pool has one to spare: the database finds and sorts the next set's rows while
 * this process packs the current ones, and its first rows wait in the socket (the stream pauses it:
 * backpressure). Without a spare connection the next set is read on the first connection once the
 * current one is done, as with one connection. Either way the sets' rows and their order are the
 * same; each statement has its own snapshot, as when they ran one after the other.
 */
export class CopySources {
  private readonly opened = new Map<number, Promise<Readable>>();
  private readonly taken: Taken[] = [];
  private readonly owner = new Map<number, Taken>();

  /** `first` (already taken, e.g. to describe the sets) reads set 0. */
  constructor(
    private readonly pool: pg.Pool,
    first: pg.PoolClient,
    private readonly selects: string[],
  ) {
    this.taken.push({ client: first, busy: false, released: false });
  }

  /** A connection the pool can give without anyone waiting for it. */
  private spare(): boolean {
    const p = this.pool;
    return p.waitingCount === 0 && (p.idleCount > 0 || p.totalCount < (p.options.max ?? 10));
  }

  private start(taken: Taken, i: number): Readable {
    taken.busy = true;
    this.owner.set(i, taken);
    const rows = copyOut(taken.client, this.selects[i]!);
    // Until it is read, an error (the statement failed) waits in the stream and comes out when it is.
    rows.on("error", () => undefined);
    rows.once("end", () => {
      taken.busy = false;
    });
    return rows;
  }

  private open(i: number): Promise<Readable> {
    const opening = (i === 0 ? Promise.resolve(this.taken[0]!.client) : this.pool.connect()).then((client) => {
      const taken: Taken = i === 0 ? this.taken[0]! : { client, busy: false, released: false };
      if (i !== 0) this.taken.push(taken);
      return this.start(taken, i);
    });
    opening.catch(() => undefined); // comes out when set i is read
    this.opened.set(i, opening);
    return opening;
  }

  /** Set i's rows (read them to their end before asking for the next set); starts set i + 1 ahead. */
  rows(i: number): Promise<Readable> {
    const own = this.opened.get(i) ?? this.open(i);
    const next = i + 1;
    if (next < this.selects.length && !this.opened.has(next) && this.spare()) this.open(next);
    return own;
  }

  /** Set i was read to its end: its connection goes back to the pool. */
  done(i: number): void {
    const taken = this.owner.get(i);
    if (taken && !taken.busy && !taken.released) {
      taken.released = true;
      taken.client.release();
    }
  }

  /**
   * Gives back every connection: one still in the middle of a COPY (a failure, a set opened ahead and
   * never read) is closed instead, as it cannot be reused.
   */
  async close(): Promise<void> {
    // A connection still being opened is given back once it is there.
    await Promise.allSettled(this.opened.values());
    for (const t of this.taken) {
      if (t.released) continue;
      t.released = true;
      t.client.release(t.busy ? new Error("COPY not read to its end") : undefined);
    }
  }
}
