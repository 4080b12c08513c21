import { ACCESS, COMMON, LEGAL_BASIS_TEXT, POINT, SAFEGUARD_TEXT } from "./copy";
import { CCPA } from "./copy-ccpa";
import { countryName, formatDate, formatValue, humanise, localeTag } from "./format";
import { reportLaw } from "./law";
import { transferArea } from "./transfer-area";
import { EXAMPLE_ROWS, type AccessReportInput, type Block, type ReportDocument, type ReportSystem } from "./types";

/** The systems that hold records of this person, in register order: a system whose collect found nothing is left out. */
export function holdingSystems(p: Pick<AccessReportInput, "sets" | "systems">): ReportSystem[] {
  const holding = new Set(p.sets.filter((s) => s.rowCount > 0).map((s) => s.system));
  return p.systems.filter((s) => holding.has(s.name));
}

const unique = (xs: string[]) => [...new Map(xs.map((x) => [x.toLowerCase(), x])).values()];

/** The data itself: per set, its title, count and up to EXAMPLE_ROWS records with labelled, formatted fields. */
function dataBlocks(p: AccessReportInput, tag: string): Block[] {
  const c = COMMON[p.locale];
  const blocks: Block[] = [];
  for (const set of p.sets.filter((s) => s.rowCount > 0)) {
    blocks.push({ kind: "h3", text: set.title?.[p.locale] ?? set.category });
    blocks.push({ kind: "p", text: `${c.count(set.rowCount)} · ${c.system(set.system)}` });
    const examples = (set.examples ?? []).slice(0, EXAMPLE_ROWS);
    examples.forEach((row, i) =>
      blocks.push({
        kind: "record",
        title: c.example(i + 1, set.rowCount),
        rows: set.columns.map((col): [string, string] => [
          set.labels?.[col]?.[p.locale] ?? humanise(col, p.locale),
          formatValue({
            value: row[col],
            format: set.formats?.[col],
            row,
            locale: p.locale,
            tag,
            timeZone: p.timeZone,
          }),
        ]),
      }),
    );
  }
  return blocks;
}

function accessVariant(p: AccessReportInput & { regime: Exclude<AccessReportInput["regime"], "CCPA"> }): Block[] {
  const t = ACCESS[p.locale];
  const c = COMMON[p.locale];
  const law = reportLaw(p.regime, p.locale, p.leadAuthority);
  const area = transferArea(p.controllerCountry, p.locale);
  const head = (text: string, point: keyof typeof POINT) => (law.articles ? `${text} — ${POINT[point]}` : text);
  const systems = holdingSystems(p);
  const blocks: Block[] = [{ kind: "p", text: t.intro(p.company, p.reference, law.provision) }];
  blocks.push({ kind: "p", text: systems.length ? t.confirm(systems.map((s) => s.name)) : c.noData });
  // Who answers for the data and how to reach them: nFADP art. 25(2)(a) requires it; every other law's reader
  // is owed it too (GDPR Art. 13(1)(a)/14(1)(a) at collection), so every variant but the CCPA's says it here.
  const { address, contact } = p.controllerContact;
  blocks.push({ kind: "h2", text: t.controller }, { kind: "p", text: t.controllerText(p.company, address, contact) });
  const searched = unique(p.sets.map((s) => s.system));
  if (law.searchScope && searched.length) blocks.push({ kind: "p", text: law.searchScope(searched) });
  if (systems.length)
    blocks.push({ kind: "h2", text: c.data }, { kind: "p", text: c.dataIntro }, ...dataBlocks(p, tagOf(p)));
  const list = (items: string[]): Block => (items.length ? { kind: "ul", items } : { kind: "p", text: c.none });
  for (const s of systems) {
    blocks.push({ kind: "h2", text: t.about(s.name) });
    blocks.push({ kind: "h4", text: head(t.purposes, "purposes") }, list(s.purposes));
    if (s.legalBases.length)
      blocks.push(
        { kind: "h4", text: head(t.legalBases, "legalBases") },
        list(s.legalBases.map((b) => LEGAL_BASIS_TEXT[p.locale][b])),
      );
    blocks.push({ kind: "h4", text: head(t.categories, "categories") }, list(s.categories));
    const abroad = s.transfers.map((x) => `${x.recipient} (${countryName(x.country, p.locale)})`);
    blocks.push({ kind: "h4", text: head(t.recipients, "recipients") }, list(unique([...s.recipients, ...abroad])));
    blocks.push({ kind: "h4", text: head(t.retention, "retention") }, { kind: "p", text: s.retention ?? c.none });
    blocks.push({ kind: "h4", text: head(t.source, "source") }, { kind: "p", text: s.source ?? t.sourceSubject });
    blocks.push(
      { kind: "h4", text: head(t.automated, "automated") },
      { kind: "p", text: s.automatedDecisions ?? t.automatedNone },
    );
    blocks.push({ kind: "h4", text: head(t.transfers(area.heading), "transfers") });
    blocks.push(
      s.transfers.length
        ? {
            kind: "ul",
            items: s.transfers.map(
              (x) =>
                `${x.recipient}, ${countryName(x.country, p.locale)}${p.locale === "fr" ? " : " : ": "}${SAFEGUARD_TEXT[p.locale][x.safeguard]}${x.detail ? ` (${x.detail})` : ""}`,
            ),
          }
        : { kind: "p", text: t.transfersNone(area.none) },
    );
  }
  blocks.push({ kind: "h2", text: t.rights }, { kind: "p", text: law.rights });
  blocks.push({ kind: "h2", text: t.complaint }, ...law.complaint.map((text): Block => ({ kind: "p", text })));
  return blocks;
}

function ccpaVariant(p: AccessReportInput): Block[] {
  const t = CCPA[p.locale];
  const c = COMMON[p.locale];
  const systems = holdingSystems(p);
  const blocks: Block[] = [{ kind: "p", text: t.intro(p.company, p.reference) }];
  blocks.push({ kind: "p", text: systems.length ? t.confirm(systems.map((s) => s.name)) : c.noData });
  if (systems.length) {
    blocks.push({ kind: "h2", text: t.pieces }, { kind: "p", text: c.dataIntro }, ...dataBlocks(p, tagOf(p)));
    const list = (items: string[]): Block =>
      items.length ? { kind: "ul", items: unique(items) } : { kind: "p", text: c.none };
    blocks.push({ kind: "h2", text: t.summary });
    blocks.push({ kind: "h4", text: t.categories }, list(systems.flatMap((s) => s.categories)));
    blocks.push({ kind: "h4", text: t.sources }, list(systems.map((s) => s.source ?? t.sourceSubject)));
    blocks.push({ kind: "h4", text: t.purposes }, list(systems.flatMap((s) => s.purposes)));
    blocks.push(
      { kind: "h4", text: t.thirdParties },
      list(systems.flatMap((s) => [...s.recipients, ...s.transfers.map((x) => x.recipient)])),
    );
    blocks.push(
      { kind: "h4", text: t.retention },
      list(systems.flatMap((s) => (s.retention ? [`${s.name}: ${s.retention}`] : []))),
    );
  }
  blocks.push({ kind: "h2", text: t.rights }, { kind: "p", text: t.rightsText });
  blocks.push({ kind: "h2", text: t.complaint }, ...t.complaintText.map((text): Block => ({ kind: "p", text })));
  return blocks;
}

const tagOf = (p: AccessReportInput) => localeTag(p.locale, p.regime);

/** The report's content, once, for both renderings (report.html and summary.txt). */
export function buildReport(p: AccessReportInput): ReportDocument {
  const c = COMMON[p.locale];
  const body = p.regime === "CCPA" ? ccpaVariant(p) : accessVariant({ ...p, regime: p.regime });
  return {
    lang: p.locale,
    title: `${c.title} — ${p.reference}`,
    blocks: [{ kind: "p", text: c.generated(formatDate(p.generatedAt, tagOf(p), p.timeZone)) }, ...body],
  };
}
