import type { RegisterFacts } from "./register-facts";
import type { Locale } from "@/lib/domain/locale";

const esc = (s: unknown) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const COPY = {
  en: {
    title: "Your personal data",
    intro: (company: string, reference: string) =>
      `This report answers your access request ${reference} to ${company} (Article 15 GDPR). The files beside it hold the data itself: data.json and one CSV file per table.`,
    data: "What we hold",
    records: "records",
    system: "System",
    purposes: "Why we use it (purposes)",
    categories: "Categories of data",
    recipients: "Who receives it",
    retention: "How long we keep it",
    source: "Where it comes from",
    automated: "Automated decisions",
    automatedText: "We make no decision about you based solely on automated processing, including profiling.",
    rights: "Your rights",
    rightsText:
      "You may ask us to correct or erase your data, to restrict its use, or object to it (Articles 16 to 21 GDPR), from the same portal.",
    complaint: (authority: string, url: string) =>
      `You may lodge a complaint with a supervisory authority: ${authority} (${url}), and seek a judicial remedy.`,
    none: "none",
  },
  fr: {
    title: "Vos données personnelles",
    intro: (company: string, reference: string) =>
      `Ce rapport répond à votre demande d'accès ${reference} auprès de ${company} (article 15 du RGPD). Les fichiers joints contiennent les données elles-mêmes : data.json et un fichier CSV par table.`,
    data: "Ce que nous détenons",
    records: "enregistrements",
    system: "Système",
    purposes: "Pourquoi nous les utilisons (finalités)",
    categories: "Catégories de données",
    recipients: "Qui les reçoit",
    retention: "Combien de temps nous les conservons",
    source: "D'où elles proviennent",
    automated: "Décisions automatisées",
    automatedText:
      "Nous ne prenons aucune décision vous concernant fondée exclusivement sur un traitement automatisé, y compris le profilage.",
    rights: "Vos droits",
    rightsText:
      "Vous pouvez nous demander de rectifier ou d'effacer vos données, d'en limiter l'utilisation ou vous y opposer (articles 16 à 21 du RGPD), depuis le même portail.",
    complaint: (authority: string, url: string) =>
      `Vous pouvez introduire une réclamation auprès d'une autorité de contrôle : ${authority} (${url}), et former un recours juridictionnel.`,
    none: "aucun",
  },
} as const;

/** The human-readable part of an access package: the data's extent and the Art. 15 facts, in the subject's language. */
export function renderAccessReport(p: {
  locale: Locale;
  company: string;
  reference: string;
  /** Per record set: what it is and how many records (the rows themselves stay in the data files). */
  sets: { system: string; name: string; category: string; columns: string[]; rowCount: number }[];
  register: RegisterFacts[];
  authorityName: string;
  authorityUrl: string;
}): string {
  const t = COPY[p.locale];
  const list = (items: string[]) =>
    items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>` : `<p>${t.none}</p>`;
  const systems = p.register
    .map(
      (r) => `<section><h3>${t.system}: ${esc(r.system)}</h3>
<h4>${t.purposes}</h4>${list(r.purposes)}
<h4>${t.categories}</h4>${list(r.categories)}
<h4>${t.recipients}</h4>${list(r.recipients)}
<h4>${t.retention}</h4><p>${esc(r.retention ?? t.none)}</p>
<h4>${t.source}</h4><p>${esc(r.source ?? t.none)}</p></section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${p.locale}"><head><meta charset="utf-8"><title>${t.title} — ${esc(p.reference)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}</style></head>
<body><h1>${t.title}</h1><p>${esc(t.intro(p.company, p.reference))}</p>
<h2>${t.data}</h2><table><tbody>${p.sets.map((s) => `<tr><th>${esc(s.category)}</th><td>${esc(s.name)}</td><td>${s.rowCount} ${t.records}</td></tr>`).join("")}</tbody></table>
${systems}
<h2>${t.automated}</h2><p>${t.automatedText}</p>
<h2>${t.rights}</h2><p>${t.rightsText}</p><p>${esc(t.complaint(p.authorityName, p.authorityUrl))}</p>
</body></html>
`;
}
