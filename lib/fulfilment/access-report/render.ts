import type { Block, ReportDocument } from "./types";

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// Mobile first: no fixed widths, long values wrap, a record is a list of label/value pairs that
// stacks on a phone and becomes two columns from 40em.
const STYLE = `*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;max-width:48rem;line-height:1.5;color:#1a1a1a;overflow-wrap:anywhere}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.1rem;margin:1.5rem 0 .25rem}h4{font-size:1rem;margin:1rem 0 .25rem}
ul{padding-left:1.25rem}
.record{border:1px solid #ddd;border-radius:.5rem;padding:.5rem .75rem;margin:.5rem 0}
.record h5{font-size:.9rem;margin:0 0 .25rem;color:#555}
dl{margin:0}dt{font-weight:600}dd{margin:0 0 .5rem}
@media (min-width:40em){dl{display:grid;grid-template-columns:minmax(10rem,1fr) 2fr;gap:.25rem 1rem}dd{margin:0}}
@media print{body{max-width:none}}`;

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "h2":
    case "h3":
    case "h4":
      return `<${b.kind}>${esc(b.text)}</${b.kind}>`;
    case "p":
      return `<p>${esc(b.text)}</p>`;
    case "ul":
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
    case "facts":
      return `<dl>${b.rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`;
    case "record":
      return `<section class="record"><h5>${esc(b.title)}</h5><dl>${b.rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl></section>`;
  }
}

/** report.html: self-contained, readable on a phone (viewport meta, no fixed widths). */
export function renderHtml(doc: ReportDocument): string {
  return `<!doctype html>
<html lang="${doc.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>${STYLE}</style></head>
<body><h1>${esc(doc.title)}</h1>
${doc.blocks.map(blockHtml).join("\n")}
</body></html>
`;
}

const WIDTH = 78;

function wrap(text: string, indent = ""): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (indent + line + " " + word).length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}

function blockText(b: Block, colon: string): string {
  switch (b.kind) {
    case "h2":
      return `\n${b.text}\n${"=".repeat(Math.min(b.text.length, WIDTH))}`;
    case "h3":
      return `\n${b.text}\n${"-".repeat(Math.min(b.text.length, WIDTH))}`;
    case "h4":
      return `\n${b.text}${colon.trimEnd()}`;
    case "p":
      return wrap(b.text);
    case "ul":
      return b.items.map((i) => `  - ${wrap(i, "    ").trimStart()}`).join("\n");
    case "facts":
      return b.rows.map(([k, v]) => `  ${k}${colon}${v}`).join("\n");
    case "record":
      return [`  [${b.title}]`, ...b.rows.map(([k, v]) => `    ${k}${colon}${v}`)].join("\n");
  }
}

/** summary.txt: the same content as report.html, as plain text (UTF-8, lines of at most 78 characters where words allow). */
export function renderText(doc: ReportDocument): string {
  return `${doc.title}\n${"#".repeat(Math.min(doc.title.length, WIDTH))}\n\n${doc.blocks.map((b) => blockText(b, doc.lang === "fr" ? "\u00a0: " : ": ")).join("\n")}\n`;
}
