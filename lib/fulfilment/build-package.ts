import { PassThrough, Readable } from "node:stream";
import { ZipArchive } from "archiver";
import type { PackageExclusion } from "@/lib/db/queries/exports";
import type { Locale } from "@/lib/domain/locale";
import type { PackageSet } from "@/lib/fulfilment/engine/package-sets";
import { packageReadme } from "@/lib/fulfilment/package-readme";

/** Deflate level: 1 compresses text nearly as well as 6 at several times the speed (the step's bottleneck). */
const ZIP_LEVEL = 1;
/** Bytes gathered before a piece of a file goes to the ZIP. */
const PIECE = 256 * 1024;

/** One CSV field (RFC 4180), the value exactly as stored: no spreadsheet prefix in the subject's own data. */
function csvField(text: string | null): string {
  if (text === null) return "";
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvFileName(setName: string): string {
  return `${setName.replace(/[^a-z0-9_.-]/gi, "_")}.csv`;
}

/** Calls `each` for every row of the set staff did not exclude; rows are handled synchronously, batch by batch. */
async function* forKeptRows(
  set: PackageSet,
  drop: Set<number> | undefined,
  each: (row: unknown[]) => string | null,
): AsyncGenerator<Buffer> {
  for await (const b of set.batches()) {
    let index = b.firstRow;
    for (const row of b.rows) {
      const piece = drop?.has(index++) ? null : each(row);
      if (piece !== null) yield Buffer.from(piece);
    }
  }
}

function csvPieces(set: PackageSet, drop: Set<number> | undefined): AsyncGenerator<Buffer> {
  let out = set.columns.map(csvField).join(",") + "\r\n";
  const n = set.columns.length;
  return gather(
    forKeptRows(set, drop, (row) => {
      let line = "";
      for (let j = 0; j < n; j++) line += (j === 0 ? "" : ",") + csvField(set.csvText(row[j], j));
      out += line + "\r\n";
      if (out.length < PIECE) return null;
      const piece = out;
      out = "";
      return piece;
    }),
    () => out,
  );
}

/** The pieces `source` yields, then what `rest()` holds at its end. */
async function* gather(source: AsyncGenerator<Buffer>, rest: () => string): AsyncGenerator<Buffer> {
  yield* source;
  const last = rest();
  if (last) yield Buffer.from(last);
}

async function* dataJsonPieces(
  sets: PackageSet[],
  drops: Map<string, Set<number>>,
  generatedAt: Date,
): AsyncGenerator<Buffer> {
  let out = `{\n  "generatedAt": ${JSON.stringify(generatedAt.toISOString())},\n  "recordSets": [`;
  for (const [si, set] of sets.entries()) {
    out += `${si === 0 ? "" : ","}\n    {\n      "name": ${JSON.stringify(set.name)},\n      "category": ${JSON.stringify(set.category)},\n      "rows": [`;
    const keys = set.columns.map((c) => JSON.stringify(c) + ": ");
    let first = true;
    yield* forKeptRows(set, drops.get(set.name), (row) => {
      let obj = "";
      for (let j = 0; j < keys.length; j++) obj += (j === 0 ? "" : ", ") + keys[j] + set.jsonText(row[j], j);
      out += `${first ? "" : ","}\n        {${obj}}`;
      first = false;
      if (out.length < PIECE) return null;
      const piece = out;
      out = "";
      return piece;
    });
    out += `${first ? "" : "\n      "}]\n    }`;
  }
  out += `${sets.length === 0 ? "" : "\n  "}]\n}\n`;
  yield Buffer.from(out);
}

const stream = (pieces: AsyncGenerator<Buffer>) => Readable.from(pieces, { objectMode: false });

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

/**
 * The ZIP a subject downloads, streamed end to end with backpressure: data.json (every record set),
 * one CSV per record set, README.txt describing each file in the request's language and, for access,
 * report.html and summary.txt (the same report as plain text) after the data. Portability keeps only what the subject provided or generated (Art. 20).
 * Rows are read from their store as the ZIP is consumed: memory stays flat whatever the volume.
 */
export function buildPackage(p: {
  kind: "access" | "portability";
  locale: Locale;
  reference: string;
  sets: PackageSet[];
  exclusions?: PackageExclusion[];
  reportHtml?: string;
  /** The same report as plain text (summary.txt). */
  reportText?: string;
  generatedAt?: Date;
}): Readable {
  const sets = p.kind === "portability" ? p.sets.filter((s) => s.providedBySubject) : p.sets;
  const drops = dropsOf(p.exclusions ?? []);
  const generatedAt = p.generatedAt ?? new Date();
  const zip = new ZipArchive({ zlib: { level: ZIP_LEVEL } });
  const out = new PassThrough();
  zip.on("error", (err: Error) => out.destroy(err));
  zip.pipe(out);
  const files = sets.map((s) => {
    const dropped = [...(drops.get(s.name) ?? [])].filter((i) => i < s.rowCount).length;
    const file = csvFileName(s.name);
    return { file, name: s.name, category: s.category, rows: s.rowCount - dropped, columns: s.columns };
  });
  // Entries are made one at a time, each when the one before is written: archiver starts reading a
  // stream as soon as it is appended, so appending every CSV at once would read every set at once.
  const entries: (() => [Readable | string, string])[] = [
    () => [stream(dataJsonPieces(sets, drops, generatedAt)), "data.json"],
    ...sets.map((s, i) => (): [Readable, string] => [stream(csvPieces(s, drops.get(s.name))), files[i]!.file]),
    () => [packageReadme({ locale: p.locale, kind: p.kind, reference: p.reference, generatedAt, files }), "README.txt"],
    ...(p.kind === "access" && p.reportHtml ? [(): [string, string] => [p.reportHtml!, "report.html"]] : []),
    ...(p.kind === "access" && p.reportText ? [(): [string, string] => [p.reportText!, "summary.txt"]] : []),
  ];
  const next = () => {
    const entry = entries.shift();
    if (!entry) return void zip.finalize().catch(() => undefined);
    const [source, name] = entry();
    zip.append(source, { name });
  };
  zip.on("entry", next);
  next();
  return out;
}
