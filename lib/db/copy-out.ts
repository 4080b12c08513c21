import { Readable } from "node:stream";
import type pg from "pg";

const COALESCE_BYTES = 256 * 1024;

interface Connection {
  query(text: string): void;
  stream: { pause(): void; resume(): void };
}

/**
 * `COPY (…) TO STDOUT` as a Readable, on a client of the pool: node-postgres hands each CopyData
 * message (one row a message) to the active query. Rows are copied out of the protocol parser's
 * reused buffer into pushes of ~256 KiB ending at row boundaries; when the consumer falls behind, the
 * socket is paused (backpressure all the way to the server).
 */
class CopyOutStream extends Readable {
  private connection: Connection | null = null;
  private buffer = Buffer.allocUnsafe(COALESCE_BYTES);
  private used = 0;
  private paused = false;

  constructor(private readonly text: string) {
    super({ highWaterMark: 1024 * 1024 });
  }

  submit(connection: Connection) {
    this.connection = connection;
    connection.query(this.text);
  }

  private emitBuffered() {
    if (this.used === 0) return true;
    const out = Buffer.allocUnsafe(this.used);
    this.buffer.copy(out, 0, 0, this.used);
    this.used = 0;
    return this.push(out);
  }

  handleCopyData(msg: { chunk: Buffer }) {
    const row = msg.chunk;
    let ok = true;
    if (this.used + row.length > COALESCE_BYTES) ok = this.emitBuffered();
    if (row.length > COALESCE_BYTES) ok = this.push(Buffer.from(row)) && ok;
    else {
      row.copy(this.buffer, this.used);
      this.used += row.length;
    }
    if (!ok && !this.paused && this.connection) {
      this.paused = true;
      this.connection.stream.pause();
    }
  }

  override _read() {
    if (this.paused && this.connection) {
      this.paused = false;
      this.connection.stream.resume();
    }
  }

  handleCommandComplete() {
    this.emitBuffered();
  }
  /**
   * The socket may still be paused here: the last rows, CommandComplete and ReadyForQuery often come in
   * one TCP read, parsed in one go after a push that said "stop". It must be resumed, or the client's
   * next query (back in the pool) never reads its answer.
   */
  private release() {
    if (this.paused && this.connection) {
      this.paused = false;
      this.connection.stream.resume();
    }
  }
  handleReadyForQuery() {
    this.release();
    this.push(null);
  }
  handleError(err: Error) {
    this.release();
    this.destroy(err);
  }
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyInResponse() {
    this.destroy(new Error("COPY FROM is not supported here"));
  }
}

/**
 * The rows of `select` in COPY text format (tab-separated, `\N` for NULL, backslash escapes, one row a
 * line), or in COPY's binary format with `{ binary: true }` (read by `copyBinaryTuples`).
 */
export function copyOut(client: pg.PoolClient | pg.Client, select: string, o: { binary?: boolean } = {}): Readable {
  const stream = new CopyOutStream(`copy (${select}) to stdout${o.binary ? " (format binary)" : ""}`);
  // A Submittable: node-postgres calls submit() when the client is free.
  void (client as unknown as { query(q: unknown): unknown }).query(stream);
  return stream;
}
