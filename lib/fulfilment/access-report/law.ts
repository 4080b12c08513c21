import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import { frArticle } from "@/lib/domain/french-article";
import type { Locale } from "@/lib/domain/locale";
import { ANPD, ICO, regimeTexts, type Authority } from "@/lib/domain/regime-texts";
import { usStateLaw, type UsStateLaw } from "@/lib/domain/us-states";

// regime-texts.ts keeps these two private; copied here until it exports them (same names and URLs).
const OPC: Record<Locale, Authority> = {
  en: { name: "Office of the Privacy Commissioner of Canada", url: "https://www.priv.gc.ca/en/report-a-concern/" },
  fr: {
    name: "Commissariat à la protection de la vie privée du Canada",
    url: "https://www.priv.gc.ca/fr/signaler-un-probleme/",
  },
};
const FDPIC: Record<Locale, Authority> = {
  en: { name: "Federal Data Protection and Information Commissioner (FDPIC)", url: "https://www.edoeb.admin.ch/en" },
  fr: {
    name: "Préposé fédéral à la protection des données et à la transparence (PFPDT)",
    url: "https://www.edoeb.admin.ch/fr",
  },
};
const EDPB_MEMBERS = "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en";

/** How the report of a non-CCPA regime names its law: the provision it answers and where to complain. */
export interface ReportLaw {
  /** GDPR and UK GDPR: each fact carries its Art. 15 point. */
  articles: boolean;
  /** "Article 15 of the GDPR", "l'article 25 de la nLPD"… */
  provision: string;
  /** The rights paragraph (rectify, erase, restrict, object, port) under this law. */
  rights: string;
  complaint: string[];
  /**
   * UK GDPR Art. 15(1A): the answer covers what a reasonable and proportionate search found — said with the
   * systems searched (every system the plan collected from, those that held nothing included).
   */
  searchScope?: (searched: string[]) => string;
}

const at = (a: Authority) => `${a.name} (${a.url})`;

/** The rights besides access, as the GDPR and the UK GDPR number them alike (Articles 16-18, 20, 21). */
const GDPR_RIGHTS: Record<Locale, string> = {
  fr: "Vous pouvez nous demander de rectifier vos données (article 16), de les effacer (article 17), d'en limiter l'utilisation (article 18), de les recevoir dans un format réutilisable (article 20) et vous opposer à leur utilisation (article 21), depuis le même portail.",
  en: "You may ask us to correct your data (Article 16), erase it (Article 17), restrict its use (Article 18), receive it in a reusable format (Article 20) and object to its use (Article 21), from the same portal.",
};

export function reportLaw(regime: Exclude<RegimeCode, "CCPA">, locale: Locale, lead: Authority): ReportLaw {
  const remedy = regimeTexts(regime, locale, lead).judicialRemedy;
  const withRemedy = (lines: string[]) => (remedy ? [...lines, remedy] : lines);
  const fr = locale === "fr";
  const state = usStateLaw(regime);
  if (state) return usStateReportLaw(state, fr);
  switch (regime) {
    case "GDPR":
      return {
        articles: true,
        provision: fr ? "l'article 15 du RGPD" : "Article 15 of the GDPR",
        rights: GDPR_RIGHTS[locale],
        complaint: withRemedy(
          fr
            ? [
                `Vous pouvez introduire une réclamation auprès d'une autorité de contrôle, notamment notre autorité chef de file, ${at(lead)}.`,
                `Vous pouvez aussi saisir l'autorité de contrôle de l'État membre de l'UE/EEE où vous résidez, où vous travaillez ou où la violation aurait eu lieu (article 77 du RGPD ; liste des autorités : ${EDPB_MEMBERS}).`,
              ]
            : [
                `You may lodge a complaint with a supervisory authority: our lead supervisory authority is ${at(lead)}.`,
                `You may also complain to the supervisory authority of the EU/EEA member state where you live or work, or where the alleged infringement took place (Article 77 of the GDPR; list of authorities: ${EDPB_MEMBERS}).`,
              ],
        ),
      };
    case "UK_GDPR":
      return {
        articles: true,
        provision: fr ? "l'article 15 du UK GDPR" : "Article 15 of the UK GDPR",
        searchScope: (searched) =>
          fr
            ? `Conformément à l'article 15, paragraphe 1A, du UK GDPR (inséré par le Data (Use and Access) Act 2025), ce rapport contient les données et les informations que nous avons trouvées au terme d'une recherche raisonnable et proportionnée. Nous avons consulté : ${searched.join(", ")}.`
            : `Under Article 15(1A) of the UK GDPR (inserted by the Data (Use and Access) Act 2025), this report gives the personal data and information we found through a reasonable and proportionate search. We searched: ${searched.join(", ")}.`,
        rights: GDPR_RIGHTS[locale],
        complaint: withRemedy(
          fr
            ? [
                `Vous pouvez d'abord nous adresser une réclamation : nous en accusons réception sous 30 jours. Vous pouvez aussi déposer une plainte auprès de l'${at(ICO)}.`,
              ]
            : [
                `You can complain to us first: we acknowledge complaints within 30 days. You can also complain to the ${at(ICO)}.`,
              ],
        ),
      };
    case "LGPD":
      return {
        articles: false,
        provision: fr ? "les articles 18 et 19 de la LGPD" : "Articles 18 and 19 of the LGPD",
        rights: fr
          ? "Vous pouvez nous demander de corriger, d'anonymiser, de bloquer ou de supprimer vos données, de les recevoir dans un format réutilisable et de retirer votre consentement (article 18 de la LGPD), depuis le même portail."
          : "You may ask us to correct, anonymise, block or delete your data, to receive it in a reusable format and to withdraw your consent (Article 18 of the LGPD), from the same portal.",
        complaint: withRemedy(
          fr
            ? [`Vous pouvez adresser une réclamation à l'${at(ANPD)} (article 18, § 1, de la LGPD).`]
            : [`You may petition the ${at(ANPD)} (Article 18, § 1, of the LGPD).`],
        ),
      };
    case "PIPEDA":
      return {
        articles: false,
        provision: fr ? "le principe 4.9 de l'annexe 1 de la LPRPDE" : "Principle 4.9 of Schedule 1 to PIPEDA",
        rights: fr
          ? "Vous pouvez contester l'exactitude et l'intégralité de vos renseignements et les faire modifier — corriger, supprimer ou compléter (principe 4.9.5 de la LPRPDE) —, depuis le même portail."
          : "You may challenge the accuracy and completeness of your information and have it amended — corrected, deleted or completed (PIPEDA Principle 4.9.5) — from the same portal.",
        complaint: withRemedy(
          fr
            ? [`Vous pouvez déposer une plainte auprès du ${at(OPC.fr)} (article 11 de la LPRPDE).`]
            : [`You may file a complaint with the ${at(OPC.en)} (section 11 of PIPEDA).`],
        ),
      };
    case "NFADP":
      return {
        articles: false,
        provision: fr ? "l'article 25 de la nLPD" : "Article 25 of the nFADP",
        rights: fr
          ? "Vous pouvez demander la rectification de vos données (article 32 de la nLPD), leur effacement ou l'interdiction de leur traitement, et les recevoir dans un format réutilisable (article 28), depuis le même portail."
          : "You may ask us to correct your data (Article 32 of the nFADP), erase it or stop its processing, and receive it in a reusable format (Article 28), from the same portal.",
        complaint: withRemedy(
          fr
            ? [`Vous pouvez signaler la situation au ${at(FDPIC.fr)}.`]
            : [`You can report the matter to the ${at(FDPIC.en)}.`],
        ),
      };
  }
  throw new Error(`No access report law for regime ${regime}`);
}

/** A US state's law: the section granting access, the other rights it grants, its Attorney General. */
function usStateReportLaw(state: UsStateLaw, fr: boolean): ReportLaw {
  const ag = at(state.attorneyGeneral.value);
  return {
    articles: false,
    provision: `${state.rights.cite} (${state.law.short})`,
    rights:
      (fr
        ? `${frArticle("Le", state.law.title)} vous donne aussi les droits énumérés au ${state.rights.cite}, que vous pouvez exercer depuis le même portail.`
        : `The ${state.law.title} also gives you the rights listed in ${state.rights.cite}, which you can exercise from the same portal.`) +
      // Oregon, Delaware, Maryland, Minnesota: the list of specific third parties is answered by this report.
      (state.rights.value.includes("third_party_list")
        ? fr
          ? " Les destinataires nommés plus haut sont les tiers précis à qui nous avons communiqué vos données, comme cette loi vous permet de le demander."
          : " The recipients named above are the specific third parties we disclosed your data to, a list this law lets you ask for."
        : ""),
    complaint: fr
      ? [
          `Si vous estimez que nous n'avons pas respecté ${frArticle("le", state.law.title)}, vous pouvez porter plainte auprès de l'autorité de l'État : ${ag}.`,
        ]
      : [`If you believe we have not complied with the ${state.law.title}, you can complain to the ${ag}.`],
  };
}
