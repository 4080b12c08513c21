import type { Authority } from "../regime-texts";

/**
 * The supervisory authority of each EU/EEA member state, for Art. 77 GDPR: a resident may complain to the
 * authority of the member state where they live, whatever the controller's lead authority. Source: the EDPB's
 * list of members (https://www.edpb.europa.eu/about-edpb/about-edpb/members_en). Germany has one authority
 * per Land for private bodies: the Datenschutzkonferenz lists them.
 * Checked 2026-11-30 without live web access: names and sites match the datenanfragen.de directory of
 * supervisory authorities (July 2026) except BE and CZ, whose other domains (dataprotectionauthority.be,
 * uoou.cz) belong to the same authorities; the DSK page for DE is the list many controllers link to (the
 * BfDI's Anschriften/Laender page is the other). Not confirmed against the EDPB page itself.
 */
const EU_AUTHORITIES: Record<string, Authority> = {
  AT: { name: "Österreichische Datenschutzbehörde", url: "https://www.dsb.gv.at" },
  BE: {
    name: "Autorité de protection des données / Gegevensbeschermingsautoriteit",
    url: "https://www.autoriteprotectiondonnees.be",
  },
  BG: { name: "Commission for Personal Data Protection (CPDP)", url: "https://www.cpdp.bg" },
  HR: { name: "Agencija za zaštitu osobnih podataka (AZOP)", url: "https://azop.hr" },
  CY: { name: "Commissioner for Personal Data Protection", url: "https://www.dataprotection.gov.cy" },
  CZ: { name: "Úřad pro ochranu osobních údajů (ÚOOÚ)", url: "https://uoou.gov.cz" },
  DK: { name: "Datatilsynet", url: "https://www.datatilsynet.dk" },
  EE: { name: "Andmekaitse Inspektsioon", url: "https://www.aki.ee" },
  FI: { name: "Tietosuojavaltuutetun toimisto", url: "https://tietosuoja.fi" },
  FR: { name: "Commission nationale de l'informatique et des libertés (CNIL)", url: "https://www.cnil.fr" },
  DE: {
    name: "Datenschutzaufsichtsbehörden der Länder (Datenschutzkonferenz)",
    url: "https://www.datenschutzkonferenz-online.de/datenschutzaufsichtsbehoerden.html",
  },
  GR: { name: "Hellenic Data Protection Authority (HDPA)", url: "https://www.dpa.gr" },
  HU: { name: "Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)", url: "https://naih.hu" },
  IE: { name: "Data Protection Commission", url: "https://www.dataprotection.ie" },
  IT: { name: "Garante per la protezione dei dati personali", url: "https://www.garanteprivacy.it" },
  LV: { name: "Datu valsts inspekcija", url: "https://www.dvi.gov.lv" },
  LT: { name: "Valstybinė duomenų apsaugos inspekcija", url: "https://vdai.lrv.lt" },
  LU: { name: "Commission nationale pour la protection des données (CNPD)", url: "https://cnpd.public.lu" },
  MT: { name: "Information and Data Protection Commissioner (IDPC)", url: "https://idpc.org.mt" },
  NL: { name: "Autoriteit Persoonsgegevens", url: "https://autoriteitpersoonsgegevens.nl" },
  PL: { name: "Urząd Ochrony Danych Osobowych (UODO)", url: "https://uodo.gov.pl" },
  PT: { name: "Comissão Nacional de Proteção de Dados (CNPD)", url: "https://www.cnpd.pt" },
  RO: {
    name: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
    url: "https://www.dataprotection.ro",
  },
  SK: { name: "Úrad na ochranu osobných údajov", url: "https://dataprotection.gov.sk" },
  SI: { name: "Informacijski pooblaščenec", url: "https://www.ip-rs.si" },
  ES: { name: "Agencia Española de Protección de Datos (AEPD)", url: "https://www.aepd.es" },
  SE: { name: "Integritetsskyddsmyndigheten (IMY)", url: "https://www.imy.se" },
  IS: { name: "Persónuvernd", url: "https://www.personuvernd.is" },
  LI: { name: "Datenschutzstelle Liechtenstein", url: "https://www.datenschutzstelle.li" },
  NO: { name: "Datatilsynet", url: "https://www.datatilsynet.no" },
};

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * The authority of the resident's own member state when it is not the controller's lead authority
 * (same website = same authority), else null: a French resident of a French shop is given the CNIL once.
 */
export function residentAuthority(residence: string | null | undefined, lead: Authority): Authority | null {
  const own = residence ? EU_AUTHORITIES[residence.trim().toUpperCase()] : undefined;
  if (!own) return null;
  return host(own.url) === host(lead.url) ? null : own;
}
