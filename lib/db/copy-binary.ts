/**
 * PostgreSQL's binary COPY format, read as it streams: an 11-byte signature, flags and a header
 * extension, then per tuple a field count (int16) and each field as a length (int32, -1 for NULL) and
 * its bytes, then -1 as the trailer. Fields come out as Buffers (views of the input: no copy per field).
 */
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");

export async function* copyBinaryTuples(chunks: AsyncIterable<Buffer>): AsyncGenerator<(Buffer | null)[]> {
  let buf: Buffer = Buffer.alloc(0);
  let headerRead = false;
  let ended = false;
  for await (const chunk of chunks) {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    let at = 0;
    if (!headerRead) {
      if (buf.length < 19) continue;
      if (!buf.subarray(0, 11).equals(SIGNATURE)) throw new Error("not a binary COPY stream");
      const extension = buf.readUInt32BE(15);
      if (buf.length < 19 + extension) continue;
      at = 19 + extension;
      headerRead = true;
    }
    for (;;) {
      if (buf.length - at < 2) break;
      const count = buf.readInt16BE(at);
      if (count === -1) {
        ended = true;
        at += 2;
        break;
      }
      const fields: (Buffer | null)[] = [];
      let p = at + 2;
      for (let i = 0; i < count; i++) {
        if (buf.length - p < 4) break;
        const len = buf.readInt32BE(p);
        p += 4;
        if (len === -1) {
          fields.push(null);
          continue;
        }
        if (buf.length - p < len) break;
        fields.push(buf.subarray(p, p + len));
        p += len;
      }
      if (fields.length < count) break; // the tuple continues in the next chunk
      at = p;
      yield fields;
    }
    buf = buf.subarray(at);
  }
  if (!ended || buf.length > 0) throw new Error("binary COPY stream ended in the middle of a tuple");
}
