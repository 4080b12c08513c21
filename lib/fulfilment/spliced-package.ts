import zlib from "node:zlib";
import { crc32Combine } from "@/lib/exports/crc32-combine";
import { batchTexts, jsonKeys } from "@/lib/exports/package-rows";
import type { ZipStream } from "@/lib/exports/zip-stream";
import type { PackageSet } from "@/lib/fulfilment/engine/package-sets";

/** data.json's text around the sets' rows (one definition for both ways of writing it). */
export const jsonText = {
  head: (generatedAt: Date) => `{\n  "generatedAt": ${JSON.stringify(generatedAt.toISOString())},\n  "recordSets": [`,
  setHead: (set: PackageSet, si: number) =>
    `${si === 0 ? "" : ","}\n    {\n      "name": ${JSON.stringify(set.name)},\n      "category": ${JSON.stringify(set.category)},\n      "rows": [`,
  /** `first`: no row was written for the set. */
  setTail: (first: boolean) => `${first ? "" : "\n      "}]\n    }`,
  tail: (sets: number) => `${sets === 0 ? "" : "\n  "}]\n}\n`,
};

/** The collect steps made every large set's parts and no row of them is excluded: no row is written now. */
export function canSplice(sets: PackageSet[], drops: Map<string, Set<number>>): boolean {
  return sets.every((s) =>
    s.packed ? ![...(drops.get(s.name) ?? [])].some((i) => i < s.rowCount) : s.inline === true,
  );
}

type Part = { crc: number; size: number; compressedSize: number; bytes: () => AsyncIterable<Buffer> };

/** Text deflated now as one part: a sync flush at its end, or the final block for the entry's last part. */
function textPart(text: string, last: boolean): Part {
  const plain = Buffer.from(text, "utf8");
  const deflated = zlib.deflateRawSync(plain, {
    level: 1,
    finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
  });
  return {
    crc: zlib.crc32(plain),
    size: plain.length,
    compressedSize: deflated.length,
    bytes: async function* () {
      yield deflated;
    },
  };
}

/** An inline set's rows as data.json text (small by construction: a callback body or a note). */
async function inlineRows(set: PackageSet, drop: Set<number> | undefined): Promise<{ text: string; first: boolean }> {
  const keys = jsonKeys(set);
  let text = "";
  let first = true;
  for await (const b of set.batches()) {
    const t = batchTexts(set, keys, b, drop, first, false);
    text += t.json;
    first = t.first;
  }
  return { text, first };
}

/**
 * data.json put together from parts: the text around the sets and the inline sets' rows, deflated now,
 * and each staged set's rows as the collect step deflated them. Deflate streams that end in a sync
 * flush concatenate into one; the CRC of the whole is combined from the parts'. The same bytes, once
 * inflated, as dataJsonPieces writes.
 */
export async function* splicedDataJson(
  zip: ZipStream,
  sets: PackageSet[],
  drops: Map<string, Set<number>>,
  generatedAt: Date,
): AsyncGenerator<Buffer> {
  const parts: Part[] = [];
  let text = jsonText.head(generatedAt);
  for (const [si, set] of sets.entries()) {
    text += jsonText.setHead(set, si);
    if (set.packed) {
      parts.push(textPart(text, false));
      const { json } = set.packed;
      const packed = set.packed;
      parts.push({ ...json, bytes: () => packed.bytes("json") });
      text = jsonText.setTail(set.rowCount === 0);
    } else {
      const rows = await inlineRows(set, drops.get(set.name));
      text += rows.text + jsonText.setTail(rows.first);
    }
  }
  parts.push(textPart(text + jsonText.tail(sets.length), true));
  let crc = 0;
  let size = 0;
  let compressedSize = 0;
  for (const p of parts) {
    crc = crc32Combine(crc, p.crc, p.size);
    size += p.size;
    compressedSize += p.compressedSize;
  }
  async function* pieces() {
    for (const p of parts) yield* p.bytes();
  }
  yield* zip.streamed("data.json", { pieces: pieces(), crc, size, compressedSize });
}
