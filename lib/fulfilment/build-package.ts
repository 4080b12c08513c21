import { Readable } from "node:stream";
import type { PackageExclusion } from "@/lib/db/queries/exports";
import type { Locale } from "@/lib/domain/locale";
import { Deflater, ZipStream } from "@/lib/exports/zip-stream";
import type { PackageSet } from "@/lib/fulfilment/engine/package-sets";
import { batchCsv, batchTexts, csvHeader, csvLine, jsonKeys } from "@/lib/exports/package-rows";
import { packageReadme } from "@/lib/fulfilment/package-readme";
import { canSplice, jsonText, splicedDataJson } from "@/lib/fulfilment/spliced-package";

/**
 * Characters of text gathered before a piece of a file goes to its deflater: small enough that the
 * flattened string stays out of V8's large-object space (over 128 KiB), where it would outlive its use.
 */
const PIECE = 64 * 1024;
/**
 * Compressed CSV bytes held while data.json streams (the CSVs are deflated in the same pass as
 * data.json, then written after it). A package whose CSVs compress past this reads its remaining sets a
 * second time instead, so memory stays bounded whatever the data.
 */
const SPOOL_CAP = 48 * 1024 * 1024;

export function csvFileName(setName: string): string {
  return `${setName.replace(/[^a-z0-9_.-]/gi, "_")}.csv`;
}

/** A set's CSV read on its own (the second pass, for a set whose CSV did not fit the spool). */
async function* csvPieces(set: PackageSet, drop: Set<number> | undefined): AsyncGenerator<Buffer> {
  let out = csvHeader(set);
  const n = set.columns.length;
  for await (const b of set.batches()) {
    const whole = batchCsv(set, b, drop);
    if (whole !== null) out += whole;
    else {
      let index = b.firstRow;
      for (const row of b.rows) if (!drop?.has(index++)) out += csvLine(set, row, n);
    }
    if (out.length >= PIECE) {
      yield Buffer.from(out);
      out = "";
    }
  }
  if (out) yield Buffer.from(out);
}

/** The CSVs deflated during the data.json pass; `null` for a set left to a second pass. */
class CsvSpools {
  readonly of: (Deflater | null)[] = [];
  private held = 0;

  constructor(private readonly cap: number) {}

  /** The spool for set `i`, or null once the cap is reached. */
  open(i: number): Deflater | null {
    this.of[i] = this.held < this.cap ? new Deflater() : null;
    return this.of[i];
  }

  async write(i: number, text: string): Promise<void> {
    const d = this.of[i];
    if (!d) return;
    await d.write(Buffer.from(text));
    if (this.held + d.pending > this.cap) {
      d.destroy();
      this.of[i] = null;
    }
  }

  async close(i: number): Promise<void> {
    const d = this.of[i];
    if (!d) return;
    await d.end();
    this.held += d.pending;
  }

  destroy(): void {
    for (const d of this.of) d?.destroy();
  }
}

/**
 * data.json, read once: every kept row is written to data.json and, in the same pass, to its set's CSV
 * spool — the staged rows are read, decrypted and parsed once for both files.
 */
async function* dataJsonPieces(
  sets: PackageSet[],
  drops: Map<string, Set<number>>,
  generatedAt: Date,
  spools: CsvSpools,
): AsyncGenerator<Buffer> {
  let out = jsonText.head(generatedAt);
  for (const [si, set] of sets.entries()) {
    out += jsonText.setHead(set, si);
    const keys = jsonKeys(set);
    const spool = spools.open(si);
    let csv = spool ? csvHeader(set) : "";
    let first = true;
    const drop = drops.get(set.name);
    for await (const b of set.batches()) {
      // A plain batch becomes its CSV lines and its data.json rows in a few passes over its staged text.
      const t = batchTexts(set, keys, b, drop, first, spools.of[si] !== null);
      first = t.first;
      out += t.json;
      csv += t.csv;
      if (csv.length >= PIECE) {
        await spools.write(si, csv);
        csv = "";
      }
      if (out.length >= PIECE) {
        yield Buffer.from(out);
        out = "";
      }
    }
    if (spools.of[si] && csv) await spools.write(si, csv);
    await spools.close(si);
    out += jsonText.setTail(first);
  }
  out += jsonText.tail(sets.length);
  yield Buffer.from(out);
}

/** The exclusions as row indices per set name. */
export function dropsOf(exclusions: PackageExclusion[]): Map<string, Set<number>> {
  const drops = new Map<string, Set<number>>();
  for (const e of exclusions) {
    const s = drops.get(e.set) ?? new Set<number>();
    s.add(e.index);
    drops.set(e.set, s);
  }
  return drops;
}

export interface PackageInput {
  kind: "access" | "portability";
  locale: Locale;
  reference: string;
  sets: PackageSet[];
  exclusions?: PackageExclusion[];
  reportHtml?: string;
  /** The same report as plain text (summary.txt). */
  reportText?: string;
  generatedAt?: Date;
  /** Compressed CSV bytes held during the data.json pass (tests make it small). */
  spoolCap?: number;
}

/** After the data: README.txt, the report for access, and the ZIP's directory. */
function* packageEnd(
  zip: ZipStream,
  p: PackageInput,
  generatedAt: Date,
  files: Parameters<typeof packageReadme>[0]["files"],
): Generator<Buffer> {
  const readme = packageReadme({ locale: p.locale, kind: p.kind, reference: p.reference, generatedAt, files });
  yield* zip.small("README.txt", readme);
  if (p.kind === "access" && p.reportHtml) yield* zip.small("report.html", p.reportHtml);
  if (p.kind === "access" && p.reportText) yield* zip.small("summary.txt", p.reportText);
  yield* zip.finish();
}

async function* packagePieces(p: PackageInput): AsyncGenerator<Buffer> {
  const sets = p.kind === "portability" ? p.sets.filter((s) => s.providedBySubject) : p.sets;
  const drops = dropsOf(p.exclusions ?? []);
  const generatedAt = p.generatedAt ?? new Date();
  const files = sets.map((s) => {
    const dropped = [...(drops.get(s.name) ?? [])].filter((i) => i < s.rowCount).length;
    const file = csvFileName(s.name);
    return { file, name: s.name, category: s.category, rows: s.rowCount - dropped, columns: s.columns };
  });
  const zip = new ZipStream(generatedAt);
  if (canSplice(sets, drops)) {
    // The collect steps wrote and deflated the rows: data.json and the CSVs are put together as they are.
    yield* splicedDataJson(zip, sets, drops, generatedAt);
    for (const [i, set] of sets.entries()) {
      const packed = set.packed;
      if (packed) yield* zip.streamed(files[i]!.file, { ...packed.csv, pieces: packed.bytes("csv") });
      else yield* zip.deflated(files[i]!.file, csvPieces(set, drops.get(set.name)));
    }
    yield* packageEnd(zip, p, generatedAt, files);
    return;
  }
  const spools = new CsvSpools(p.spoolCap ?? SPOOL_CAP);
  try {
    yield* zip.deflated("data.json", dataJsonPieces(sets, drops, generatedAt, spools));
    for (const [i, set] of sets.entries()) {
      const spool = spools.of[i];
      if (spool) {
        const { crc, size, compressedSize } = spool;
        yield* zip.precompressed(files[i]!.file, { pieces: spool.take(), crc, size, compressedSize });
      } else yield* zip.deflated(files[i]!.file, csvPieces(set, drops.get(set.name)));
    }
    yield* packageEnd(zip, p, generatedAt, files);
  } finally {
    spools.destroy();
  }
}

/**
 * The ZIP a subject downloads, streamed end to end with backpressure: data.json (every record set),
 * one CSV per record set, README.txt describing each file in the request's language and, for access,
 * report.html and summary.txt (the same report as plain text) after the data. Portability keeps only
 * what the subject provided or generated (Art. 20). Rows are read from their store once, as the ZIP is
 * consumed, for data.json and the CSVs together: memory stays bounded whatever the volume.
 */
export function buildPackage(p: PackageInput): Readable {
  return Readable.from(packagePieces(p), { objectMode: false });
}
