import { once } from "node:events";
import zlib from "node:zlib";

/**
 * A ZIP written as it streams (APPNOTE 6.3): each entry is a local header, its data and, for data
 * deflated on the way, a data descriptor; then the central directory. It exists beside archiver so
 * that an entry can be compressed ahead of time (a package's CSVs, deflated while data.json streams)
 * and written later as it is, and so that the CRC is the native one (zlib.crc32).
 * No ZIP64: an entry or an archive past 4 GiB fails with a clear error instead of a corrupt file.
 */

/** Deflate level: 1 compresses text nearly as well as 6 at several times the speed. */
const LEVEL = 1;
const MAX32 = 0xffffffff;
const UTF8_NAMES = 0x0800;
const DESCRIPTOR_FOLLOWS = 0x0008;
const DEFLATE = 8;
/**
 * Text queued in a deflater before the writer waits: the next piece is rendered while zlib's thread
 * compresses the ones before (waiting on every piece would take turns instead of working side by side).
 */
const QUEUED = 2 * 1024 * 1024;

/**
 * Raw deflate, fed piece by piece: the CRC and both sizes are counted on the way. With `open`, the end
 * is a sync flush instead of a final block: the bytes can be followed by more deflated parts in the
 * same ZIP entry (ZipStream.concatenated).
 */
export class Deflater {
  private readonly z: zlib.DeflateRaw;
  private out: Buffer[] = [];
  crc = 0;
  size = 0;
  compressedSize = 0;
  /** Compressed bytes waiting to be taken. */
  pending = 0;

  constructor(opts: { open?: boolean } = {}) {
    this.z = zlib.createDeflateRaw({
      level: LEVEL,
      ...(opts.open ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {}),
    });
    this.z.on("data", (b: Buffer) => {
      this.out.push(b);
      this.pending += b.length;
      this.compressedSize += b.length;
    });
  }

  async write(piece: Buffer): Promise<void> {
    this.crc = zlib.crc32(piece, this.crc);
    this.size += piece.length;
    if (!this.z.write(piece) && this.z.writableLength >= QUEUED) await once(this.z, "drain");
  }

  async end(): Promise<void> {
    const ended = once(this.z, "end");
    this.z.end();
    await ended;
  }

  /** The compressed pieces produced so far (handed over: the deflater forgets them). */
  take(): Buffer[] {
    const out = this.out;
    this.out = [];
    this.pending = 0;
    return out;
  }

  destroy(): void {
    this.z.destroy();
    this.out = [];
    this.pending = 0;
  }
}

interface Written {
  name: Buffer;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((Math.max(1980, d.getUTCFullYear()) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

function within32(value: number, what: string): number {
  if (value > MAX32) throw new Error(`ZIP ${what} past 4 GiB (${value} bytes): not supported without ZIP64`);
  return value;
}

export class ZipStream {
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly stamp: { time: number; date: number };

  constructor(modified: Date) {
    this.stamp = dosDateTime(modified);
  }

  private localHeader(e: Omit<Written, "offset">): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(e.flags, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    h.writeUInt32LE(e.crc >>> 0, 14);
    h.writeUInt32LE(within32(e.compressedSize, "entry"), 18);
    h.writeUInt32LE(within32(e.size, "entry"), 22);
    h.writeUInt16LE(e.name.length, 26);
    h.writeUInt16LE(0, 28);
    return Buffer.concat([h, e.name]);
  }

  private emit(piece: Buffer): Buffer {
    this.offset += piece.length;
    return piece;
  }

  /** An entry deflated as `content` is read: sizes and CRC follow the data in a descriptor. */
  async *deflated(name: string, content: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const entry = { name: Buffer.from(name, "utf8"), flags: UTF8_NAMES | DESCRIPTOR_FOLLOWS };
    const offset = within32(this.offset, "offset");
    yield this.emit(this.localHeader({ ...entry, crc: 0, compressedSize: 0, size: 0 }));
    const d = new Deflater();
    try {
      for await (const piece of content) {
        await d.write(piece);
        for (const out of d.take()) yield this.emit(out);
      }
      await d.end();
      for (const out of d.take()) yield this.emit(out);
    } finally {
      d.destroy();
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(d.crc >>> 0, 4);
    descriptor.writeUInt32LE(within32(d.compressedSize, "entry"), 8);
    descriptor.writeUInt32LE(within32(d.size, "entry"), 12);
    yield this.emit(descriptor);
    this.written.push({ ...entry, crc: d.crc, compressedSize: d.compressedSize, size: d.size, offset });
  }

  /** An entry whose deflated bytes, CRC and sizes are known: written as they are. */
  *precompressed(
    name: string,
    data: { pieces: Buffer[]; crc: number; size: number; compressedSize: number },
  ): Generator<Buffer> {
    const entry = knownEntry(name, data);
    const offset = within32(this.offset, "offset");
    yield this.emit(this.localHeader(entry));
    for (const piece of data.pieces) yield this.emit(piece);
    this.written.push({ ...entry, offset });
  }

  /**
   * An entry whose deflated bytes arrive as a stream, its CRC and sizes known ahead (parts deflated
   * earlier, each but the last ending in a sync flush: their concatenation is one deflate stream).
   */
  async *streamed(
    name: string,
    data: { pieces: AsyncIterable<Buffer>; crc: number; size: number; compressedSize: number },
  ): AsyncGenerator<Buffer> {
    const entry = knownEntry(name, data);
    const offset = within32(this.offset, "offset");
    yield this.emit(this.localHeader(entry));
    let written = 0;
    for await (const piece of data.pieces) {
      written += piece.length;
      yield this.emit(piece);
    }
    if (written !== data.compressedSize)
      throw new Error(`ZIP entry ${name}: ${written} deflated bytes where ${data.compressedSize} were announced`);
    this.written.push({ ...entry, offset });
  }

  /** A small entry given whole. */
  *small(name: string, text: string): Generator<Buffer> {
    const bytes = Buffer.from(text, "utf8");
    const deflated = zlib.deflateRawSync(bytes, { level: LEVEL });
    yield* this.precompressed(name, {
      pieces: [deflated],
      crc: zlib.crc32(bytes),
      size: bytes.length,
      compressedSize: deflated.length,
    });
  }

  /** The central directory and its end record. */
  *finish(): Generator<Buffer> {
    const start = within32(this.offset, "offset");
    for (const e of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(e.flags, 8);
      h.writeUInt16LE(DEFLATE, 10);
      h.writeUInt16LE(this.stamp.time, 12);
      h.writeUInt16LE(this.stamp.date, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressedSize, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
      h.writeUInt32LE(e.offset, 42);
      yield this.emit(Buffer.concat([h, e.name]));
    }
    const size = this.offset - start;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(within32(size, "directory"), 12);
    end.writeUInt32LE(start, 16);
    yield this.emit(end);
  }
}

/** The header fields of an entry whose CRC and sizes are known before its bytes are written. */
function knownEntry(name: string, data: { crc: number; size: number; compressedSize: number }) {
  return {
    name: Buffer.from(name, "utf8"),
    flags: UTF8_NAMES,
    crc: data.crc,
    size: data.size,
    compressedSize: data.compressedSize,
  };
}
