import { formatDate, formatDateWithWeekday, weekdayName } from "./format-date";
import type { Period } from "./regimes";
import type { DeadlineKind, ExplanationStep } from "./types";
import type { NonWorkingDay } from "./working-days";
import type { Locale } from "../locale";
import { REGIME_NAMES } from "./regime-names";

/**
 * A holiday calendar's code as the explanation names it. GB's is England and Wales's bank holidays (Scotland and
 * Northern Ireland have others), so "the holidays of GB" said less than the date used.
 */
function calendarName(code: string, lang: "en" | "fr"): string {
  if (code === "GB") return lang === "en" ? "England and Wales (GB)" : "l'Angleterre et du pays de Galles (GB)";
  return code;
}

const NUMBER_WORDS: Record<Locale, string[]> = {
  en: ["zero", "one", "two", "three"],
  fr: ["zéro", "un", "deux", "trois"],
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function periodText(period: Period, lang: Locale): string {
  const amount = NUMBER_WORDS[lang][period.amount] ?? String(period.amount);
  if (period.unit === "day")
    return lang === "en" ? plural(period.amount, "day", "days") : plural(period.amount, "jour", "jours");
  if (lang === "en") return `${amount} ${period.amount === 1 ? "month" : "months"}`;
  return `${amount} mois`;
}

/** The only period of 0 days: the LGPD's simplified confirmation (compute.ts, ruleFor). */
function immediatelyText(date: string, lang: Locale, fromIdentity: boolean): string {
  if (lang === "en")
    return `LGPD art. 19 I: a simplified confirmation is given immediately; we answer on the day ${fromIdentity ? "the e-mail address is confirmed" : "of receipt"}, ${date} (product decision: the law sets no number of days).`;
  return `Article 19, I, de la LGPD : la confirmation simplifiée est donnée immédiatement ; nous répondons le jour ${fromIdentity ? "de la confirmation de l'adresse e-mail" : "de la réception"}, le ${date} (choix du produit : la loi ne fixe pas de nombre de jours).`;
}

function periodStep(step: Extract<ExplanationStep, { kind: "period" }>, lang: Locale): string {
  const date = formatDateWithWeekday(step.date, lang);
  if (step.period.amount === 0) return immediatelyText(date, lang, step.fromIdentity === true);
  const span = periodText(step.period, lang);
  if (lang === "en") {
    const from = step.fromIdentity ? "the identity confirmation" : "receipt";
    const lead = step.deadline === "first" ? `${capitalize(span)} later` : `With the extension, ${span} from ${from}`;
    return step.clamped
      ? `${lead}: that month has no such date, so the period ends on the last day of the month, ${date}.`
      : `${lead} is ${date}.`;
  }
  const from = step.fromIdentity ? "la confirmation d'identité" : "la réception";
  const lead =
    step.deadline === "first" ? `${capitalize(span)} plus tard` : `Avec la prolongation, ${span} après ${from}`;
  return step.clamped
    ? `${lead} : cette date n'existe pas dans le mois, la période se termine donc le dernier jour du mois, le ${date}.`
    : `${lead} : ${date}.`;
}

function nonWorkingText(day: NonWorkingDay, lang: Locale): string {
  const date = formatDate(day.date, lang);
  if (day.reason === "holiday") {
    const name = day.holidayName?.[lang] ?? "";
    return lang === "en" ? `${date} is a public holiday (${name})` : `le ${date} est un jour férié (${name})`;
  }
  return lang === "en"
    ? `${date} is a ${weekdayName(day.date, lang)}`
    : `le ${date} est un ${weekdayName(day.date, lang)}`;
}

function deadlineWord(deadline: DeadlineKind, lang: Locale): string {
  if (lang === "en") return deadline === "first" ? "the deadline" : "the extended deadline";
  return deadline === "first" ? "l'échéance" : "l'échéance prolongée";
}

function renderStep(step: ExplanationStep, lang: Locale): string[] {
  const en = lang === "en";
  switch (step.kind) {
    case "received": {
      const date = formatDateWithWeekday(step.date, lang);
      if (step.receiptDayBegins)
        return [
          en
            ? `Received on ${date} (${step.timeZone}). Under the UK GDPR the month begins on the day of receipt and ends on the corresponding date of the next month (Art. 12A; ICO guidance).`
            : `Reçue le ${date} (${step.timeZone}). Selon le UK GDPR, le mois commence le jour de la réception et se termine à la même date le mois suivant (article 12A ; lignes directrices de l'ICO).`,
        ];
      if (step.sameDay)
        return [en ? `Received on ${date} (${step.timeZone}).` : `Reçue le ${date} (${step.timeZone}).`];
      return [
        en
          ? `Received on ${date} (${step.timeZone}). The day of receipt is not counted.`
          : `Reçue le ${date} (${step.timeZone}). Le jour de réception n'est pas compté.`,
      ];
    }
    case "clockStart": {
      const date = formatDateWithWeekday(step.date, lang);
      if (!step.ukGdpr)
        return [
          en
            ? `The requester confirmed their e-mail address on ${date}: we answer from that day, not from the receipt (product decision).`
            : `Le demandeur a confirmé son adresse e-mail le ${date} : nous répondons à partir de ce jour, et non de la réception (choix du produit).`,
        ];
      return [
        en
          ? `The information we asked for to confirm the requester's identity arrived on ${date}: the period runs from that day (UK GDPR Art. 12A(2)), not from the receipt.`
          : `Les informations demandées pour confirmer l'identité du demandeur sont arrivées le ${date} : le délai court à partir de ce jour (article 12A(2) du UK GDPR), et non de la réception.`,
      ];
    }
    case "holidays": {
      const of = calendarName(step.of, lang);
      if (step.of === step.controller) {
        return [
          en
            ? `Public holidays are those of ${of}, where the controller is established.`
            : `Les jours fériés sont ceux de ${of}, pays d'établissement du responsable du traitement.`,
        ];
      }
      const suffix = step.productDecision ? (en ? " (product decision)" : " (choix produit)") : "";
      return [
        en
          ? `Public holidays are those of ${of}, not those of the controller's country (${step.controller})${suffix}.`
          : `Les jours fériés sont ceux de ${of}, et non ceux du pays du responsable du traitement (${step.controller})${suffix}.`,
      ];
    }
    case "period":
      return [periodStep(step, lang)];
    case "pauseSpans": {
      const lines = step.spans.map((span) => {
        const from = formatDateWithWeekday(span.from, lang);
        const to = formatDateWithWeekday(span.to, lang);
        const both = step.bothDays
          ? en
            ? " (both days included, UK GDPR Art. 12A)"
            : " (les deux jours inclus, article 12A du UK GDPR)"
          : "";
        const days = (en ? plural(span.days, "day", "days") : plural(span.days, "jour", "jours")) + both;
        if (span.open) {
          return en
            ? `The clock has been stopped since ${from} (still stopped on ${to}): ${days} so far.`
            : `Délai suspendu depuis le ${from} (toujours suspendu le ${to}) : ${days} à ce jour.`;
        }
        return en
          ? `The clock was stopped from ${from} to ${to}: ${days}.`
          : `Délai suspendu du ${from} au ${to} : ${days}.`;
      });
      if (step.spans.length > 1) {
        const total = step.spans.reduce((sum, s) => sum + s.days, 0);
        lines.push(
          en
            ? `In total the clock was stopped for ${plural(total, "day", "days")}.`
            : `Au total, le délai a été suspendu ${plural(total, "jour", "jours")}.`,
        );
      }
      return lines;
    }
    case "pausesAdded": {
      const date = formatDateWithWeekday(step.date, lang);
      if (en) {
        const target = step.deadline === "first" ? "" : " to the extended period";
        const days = step.days === 1 ? "day" : `${step.days} days`;
        return [`Adding the ${days} of clock stop${target} gives ${date}.`];
      }
      const target = step.deadline === "first" ? "" : " au délai prolongé";
      const jours = step.days === 1 ? "le jour" : `les ${step.days} jours`;
      return [`En ajoutant ${jours} de suspension${target} : ${date}.`];
    }
    case "pausesIgnored":
      if (step.accessOnly) {
        const basis =
          step.regime === "UK_GDPR"
            ? { en: "Art. 12A", fr: "art. 12A" }
            : {
                en: "Recital 63; EDPB Guidelines 01/2022 § 159",
                fr: "considérant 63 ; lignes directrices 01/2022 du CEPD, § 159",
              };
        return [
          en
            ? `${capitalize(REGIME_NAMES[step.regime].en)} stops the clock for a clarification of an access request only (${basis.en}): the recorded pauses are ignored for this request.`
            : `${capitalize(REGIME_NAMES[step.regime].fr)} ne suspend le délai que pour la précision d’une demande d’accès (${basis.fr}) : les suspensions enregistrées sont ignorées pour cette demande.`,
        ];
      }
      return [
        en
          ? `${capitalize(REGIME_NAMES[step.regime].en)} does not allow stopping the clock: the recorded pauses are ignored.`
          : `${capitalize(REGIME_NAMES[step.regime].fr)} ne prévoit pas de suspension du délai : les suspensions enregistrées sont ignorées.`,
      ];
    case "rolled": {
      const reasons = step.skipped.map((day) => nonWorkingText(day, lang)).join(en ? "; " : " ; ");
      const date = formatDateWithWeekday(step.date, lang);
      return [
        en
          ? `${capitalize(reasons)}; ${deadlineWord(step.deadline, lang)} moves to the next working day: ${date}.`
          : `${capitalize(reasons)} ; ${deadlineWord(step.deadline, lang)} est reportée au jour ouvré suivant : ${date}.`,
      ];
    }
    case "workingDay": {
      const date = formatDateWithWeekday(step.date, lang);
      return [
        en
          ? `This is a working day: ${deadlineWord(step.deadline, lang)} stays on ${date}.`
          : `C'est un jour ouvré : ${deadlineWord(step.deadline, lang)} reste fixée au ${date}.`,
      ];
    }
    case "calendarDays": {
      const suffix = step.productDecision ? (en ? " (product decision)" : " (choix produit)") : "";
      return [
        en
          ? `The period is counted in calendar days and does not move when it ends on a weekend or holiday${suffix}.`
          : `Le délai est compté en jours calendaires et n'est pas reporté s'il se termine un week-end ou un jour férié${suffix}.`,
      ];
    }
    case "extensionNotice": {
      const date = formatDateWithWeekday(step.by, lang);
      return [
        en
          ? `Any extension must be notified to the data subject, with the reasons, before the first deadline expires: ${date}.`
          : `Toute prolongation doit être notifiée à la personne concernée, avec ses motifs, avant l'expiration de la première échéance : ${date}.`,
      ];
    }
    case "noExtension":
      if (step.regime === "NFADP" && step.statutory === false) {
        return [
          en
            ? "The nFADP sets no time limit for this request (Article 32 nFADP): the 30 days are our own commitment, the limit Article 18(1) of the Data Protection Ordinance (OPDo) sets for the right of access (product decision). If we cannot keep it, we tell the data subject the new date by which we will answer."
            : "La nLPD ne fixe pas de délai pour cette demande (article 32 nLPD) : les 30 jours sont notre propre engagement, le délai que l'article 18, alinéa 1, de l'ordonnance sur la protection des données (OPDo) fixe pour le droit d'accès (choix produit). Si nous ne pouvons le tenir, nous indiquons à la personne concernée la nouvelle date à laquelle nous répondrons.",
        ];
      }
      if (step.regime === "NFADP") {
        return [
          en
            ? "The 30 days are those of Article 18(1) of the Data Protection Ordinance (OPDo) for the right of access (Article 25 nFADP). The nFADP provides no extension: if the period cannot be met, the data subject must be notified, before it ends, of a new date by which the answer will be given (Article 18(2) OPDo)."
            : "Les 30 jours sont ceux de l'article 18, alinéa 1, de l'ordonnance sur la protection des données (OPDo) pour le droit d'accès (article 25 nLPD). La nLPD ne prévoit pas de prolongation : si le délai ne peut être tenu, la personne concernée doit être informée, dans ce délai, d'une nouvelle date à laquelle la réponse sera donnée (article 18, alinéa 2, OPDo).",
        ];
      }
      return [
        en
          ? `${capitalize(REGIME_NAMES[step.regime].en)} provides no extension of this period.`
          : `${capitalize(REGIME_NAMES[step.regime].fr)} ne prévoit pas de prolongation de ce délai.`,
      ];
    case "acknowledge": {
      const date = formatDateWithWeekday(step.by, lang);
      const skipped = step.skipped.map((day) => nonWorkingText(day, lang)).join(en ? "; " : " ; ");
      const tail = skipped ? (en ? ` Skipped: ${skipped}.` : ` Non comptés : ${skipped}.`) : "";
      return [
        en
          ? `Receipt must be confirmed within ${step.businessDays} business days: weekdays that are not California state holidays (Cal. Gov. Code § 6700): by ${date}.${tail}`
          : `La réception doit être confirmée sous ${step.businessDays} jours ouvrables : du lundi au vendredi, hors jours fériés de l'État de Californie (Cal. Gov. Code § 6700) : au plus tard le ${date}.${tail}`,
      ];
    }
    case "optOut": {
      const date = formatDateWithWeekday(step.by, lang);
      const skipped = step.skipped.map((day) => nonWorkingText(day, lang)).join(en ? "; " : " ; ");
      const tail = skipped ? (en ? ` Skipped: ${skipped}.` : ` Non comptés : ${skipped}.`) : "";
      return [
        en
          ? `An opt-out must be honoured within ${step.businessDays} business days (11 CCR § 7026(f), § 7027(g)): weekdays that are not California state holidays (Cal. Gov. Code § 6700): by ${date}.${tail}`
          : `Un refus (opt-out) doit être appliqué sous ${step.businessDays} jours ouvrables (11 CCR § 7026(f), § 7027(g)) : du lundi au vendredi, hors jours fériés de l'État de Californie (Cal. Gov. Code § 6700) : au plus tard le ${date}.${tail}`,
      ];
    }
    case "refusalLimit": {
      const date = formatDateWithWeekday(step.date, lang);
      const span = periodText(step.period, lang);
      if (en) {
        const from = step.fromIdentity ? "the identity confirmation" : "receipt";
        const moved = step.extended
          ? "The extension does not move this limit."
          : "An extension of the deadline would not move this limit.";
        return [
          `If we do not act on the request, the refusal and its reasons must be sent to the requester by ${date}: ${span} from ${from} (${step.cite.en}). ${moved}`,
        ];
      }
      const from = step.fromIdentity ? "la confirmation d'identité" : "la réception";
      const moved = step.extended
        ? "La prolongation ne repousse pas cette limite."
        : "Une prolongation de l'échéance ne repousserait pas cette limite.";
      return [
        `Si nous ne donnons pas suite à la demande, le refus et ses motifs doivent être envoyés à la personne concernée au plus tard le ${date} : ${span} après ${from} (${step.cite.fr}). ${moved}`,
      ];
    }
    case "due": {
      const date = formatDateWithWeekday(step.date, lang);
      if (en) return [step.deadline === "first" ? `Deadline: ${date}.` : `The extended deadline applies: ${date}.`];
      return [step.deadline === "first" ? `Échéance : ${date}.` : `L'échéance prolongée s'applique : ${date}.`];
    }
  }
}

/** Renders the computation steps as plain sentences in one language. */
export function explain(steps: readonly ExplanationStep[], lang: Locale): string[] {
  return steps.flatMap((step) => renderStep(step, lang));
}
