import { branding } from "@/lib/branding/config";
import { datasetOf } from "@/lib/connectors/postgres-dataset/connector";
import type { Db } from "@/lib/db/client";
import { listDataSystems, type DataSystem } from "@/lib/db/queries/data-systems";
import type { RequestRow } from "@/lib/db/queries/requests";
import { REGIMES, type RegimeCode } from "@/lib/domain/deadline/regimes";
import { regimeForResidence } from "@/lib/domain/deadline";
import { toLocale, type Locale } from "@/lib/domain/locale";
import { controllerProfile } from "@/lib/env";
import { registerFactsOf } from "@/lib/systems/register-facts";
import { recipientName } from "@/lib/systems/recipients";
import { localised } from "@/lib/systems/register-translations";
import { renderAccessReport } from "./index";
import { EXAMPLE_ROWS, type LocalText, type ReportRecordSet, type ReportSystem, type ValueFormat } from "./types";

type SetWords = Pick<ReportRecordSet, "title" | "labels" | "formats">;

/** Titles, labels and formats a postgres dataset gives its tables, by table name. */
function datasetWords(system: DataSystem): Map<string, SetWords> {
  const words = new Map<string, SetWords>();
  if (system.kind !== "postgres") return words;
  let tables;
  try {
    tables = datasetOf(system.config).tables;
  } catch {
    return words; // a broken config fails the collect step itself; the report falls back to names
  }
  for (const t of tables) {
    const labels: Record<string, LocalText> = {};
    const formats: Record<string, ValueFormat> = {};
    for (const [col, f] of Object.entries(t.fields)) {
      if (f.label) labels[col] = f.label;
      if (f.format) formats[col] = f.format;
    }
    words.set(t.name, { title: t.title, labels, formats });
  }
  return words;
}

/** A collected set as the package hands it to the report: its count and first few rows, never more. */
export interface ReportInputSet {
  system: string;
  name: string;
  category: string;
  columns: string[];
  rowCount: number;
  examples: Record<string, unknown>[];
}

/** A collected set as the report shows it: with its dataset's titles, labels and formats. */
export function reportSetOf(set: ReportInputSet, words?: SetWords): ReportRecordSet {
  const byHand = set.columns.length === 1 && set.columns[0] === "note" ? HAND_FOUND : undefined;
  return { ...set, examples: set.examples.slice(0, EXAMPLE_ROWS), ...(words ?? byHand) };
}

// A manual system's note (see collectedSets): its words in both languages.
const HAND_FOUND: SetWords = {
  title: { en: "Records found by hand", fr: "Enregistrements relevés manuellement" },
  labels: { note: { en: "What was found", fr: "Ce qui a été trouvé" } },
};

/** A system's register facts in the subject's language (its French or English version where written, its name too). */
export function reportSystemOf(s: DataSystem, locale: Locale): ReportSystem {
  const { registerTranslations, ...f } = registerFactsOf(s);
  return localised({ name: s.name, ...f, recipients: f.recipients.map(recipientName) }, registerTranslations, locale);
}

function regimeOf(r: RequestRow): RegimeCode {
  if (r.regime in REGIMES) return r.regime as RegimeCode;
  return regimeForResidence(r.jurisdiction) ?? "GDPR";
}

/** report.html and summary.txt for an access request, from its collected sets and the register. */
export async function accessReportFiles(
  db: Db,
  p: { request: RequestRow; sets: ReportInputSet[]; now?: Date },
): Promise<{ html: string; text: string }> {
  const systems = await listDataSystems(db, { enabledOnly: true, orderBy: "key" });
  const words = new Map(systems.map((s) => [s.name, datasetWords(s)]));
  const profile = controllerProfile();
  const locale = toLocale(p.request.locale);
  const reportSystems = systems.map((s) => reportSystemOf(s, locale));
  // The sets name their system as it is stored; the report names it in the subject's language.
  const nameIn = new Map(systems.map((s, i) => [s.name, reportSystems[i]!.name]));
  return renderAccessReport({
    locale,
    regime: regimeOf(p.request),
    company: branding().companyName,
    reference: p.request.reference,
    generatedAt: p.now ?? new Date(),
    timeZone: p.request.controllerTimeZone ?? profile.timeZone,
    sets: p.sets.map((s) => ({
      ...reportSetOf(s, words.get(s.system)?.get(s.name.replace(/ \(.*\)$/, ""))),
      system: nameIn.get(s.system) ?? s.system,
    })),
    systems: reportSystems,
    leadAuthority: { name: profile.authority.name, url: profile.authority.url },
    controllerCountry: profile.country,
    controllerContact: { address: branding().companyAddress, contact: branding().dpoContact },
  });
}
