import { frArticle } from "../french-article";
import type { Locale } from "../locale";
import type { UsStateLaw } from "../us-states";
import type { RegimeNotices } from "./types";

const ag = (law: UsStateLaw) => `${law.attorneyGeneral.value.name} (${law.attorneyGeneral.value.url})`;

/**
 * The appeal route as the subject reads it, or (Utah) that none exists — then without the complaint route, which
 * every refusal mail and status page gives right after it (the Utah refusal mail named the Division twice).
 */
export function appealSentence(law: UsStateLaw, locale: Locale): string {
  const { title } = law.law;
  if (!law.appeal)
    return locale === "fr"
      ? `${frArticle("Le", title)} ne prévoit pas de recours interne contre notre décision.`
      : `The ${title} provides no appeal of our decision.`;
  const { decideDays, decideExtensionDays } = law.appeal;
  const more = decideExtensionDays
    ? locale === "fr"
      ? ` (ou ${decideExtensionDays.value} jours de plus si c'est raisonnablement nécessaire, en vous prévenant)`
      : ` (or ${decideExtensionDays.value} more days when reasonably necessary, after telling you)`
    : "";
  // Colorado (C.R.S. § 6-1-1306(3)(c)): the Attorney General is named whatever the appeal's result; elsewhere on a denial.
  if (law.appeal.attorneyGeneralOnAnyResult?.value)
    return locale === "fr"
      ? `Vous pouvez faire appel de cette décision auprès de nous (${decideDays.cite}) : nous statuons dans les ${decideDays.value} jours suivant la réception de votre appel${more} et, quelle que soit notre décision, nous vous indiquons comment saisir l'autorité de l'État si le résultat vous préoccupe (${law.appeal.attorneyGeneralOnAnyResult.cite}) : ${ag(law)}.`
      : `You can appeal this decision to us (${decideDays.cite}): we decide within ${decideDays.value} days of receiving your appeal${more} and, whatever we decide, we tell you how to contact the ${ag(law)} if you have concerns about the result (${law.appeal.attorneyGeneralOnAnyResult.cite}).`;
  return locale === "fr"
    ? `Vous pouvez faire appel de cette décision auprès de nous (${decideDays.cite}) : nous statuons dans les ${decideDays.value} jours suivant la réception de votre appel${more} et, si nous le rejetons, nous vous indiquons comment porter plainte auprès de l'autorité de l'État : ${ag(law)}.`
    : `You can appeal this decision to us (${decideDays.cite}): we decide within ${decideDays.value} days of receiving your appeal${more} and, if we deny it, we tell you how to complain to the ${ag(law)}.`;
}

/** A US state's consumer privacy law: its own sections and its Attorney General, never another regime's words. */
export function usStateNotices(law: UsStateLaw, locale: Locale): RegimeNotices {
  const { title, short } = law.law;
  const n = law.respondDays.value;
  const more = law.extensionDays.value;
  if (locale === "fr")
    return {
      law: `${frArticle("le", title)} (${short})`,
      timeLimit: `${frArticle("Le", title)} (${law.respondDays.cite}) nous impose de répondre à votre demande dans les ${n} jours suivant sa réception.`,
      extensionGrounds: `Ce délai peut être prolongé une fois de ${more} jours (${n + more} au total) lorsque c'est raisonnablement nécessaire ; nous devons alors vous en indiquer la raison dans les ${n} premiers jours (${law.extensionDays.cite}).`,
      extensionLength: `${more} jours`,
      silence: null,
      clock: {
        stopped: `Le délai de ${n} jours continue de courir pendant que nous attendons votre réponse.`,
        running: `Le délai de ${n} jours continue de courir pendant que nous attendons votre réponse.`,
      },
      complaint: [
        `Si vous estimez que nous n'avons pas respecté ${frArticle("le", title)}, vous pouvez porter plainte auprès de l'autorité de l'État : ${ag(law)}.`,
      ],
      judicialRemedy: null,
      controllerComplaint: null,
      refusalRights: `Si nous rejetons votre demande, même en partie, nous devons vous en donner les raisons. ${appealSentence(law, locale)}`,
      erasureExemption: `les exceptions ${frArticle("du", short)} (${law.law.code})`,
      quoteRecordedExemption: false,
      // No provision to name: the state laws (the Virginia model) make the processor help the controller answer
      // requests (e.g. Va. Code § 59.1-579(A)) but set no duty on the controller to tell recipients of a correction or
      // deletion; Colorado's rules have the controller instruct its processors for an opt-out (4 CCR 904-3, Rule
      // 4.03(A)(3)), its rules on correction and deletion (4.05-4.06) not read. Unlike California (§ 1798.105(c)(1)).
      recipientsProvision: null,
      restrictionLiftProvision: null,
      newDateProvision: null,
      appeal: appealSentence(law, locale),
    };
  return {
    law: `the ${title} (${short})`,
    timeLimit: `The ${title} (${law.respondDays.cite}) requires us to answer your request within ${n} days of receipt.`,
    extensionGrounds: `We may extend this once by ${more} days (${n + more} in total) when reasonably necessary, telling you why within the first ${n} days (${law.extensionDays.cite}).`,
    extensionLength: `${more} days`,
    silence: null,
    clock: {
      stopped: `The ${n} days keep running while we wait for your answer.`,
      running: `The ${n} days keep running while we wait for your answer.`,
    },
    complaint: [`If you believe we have not complied with the ${title}, you can complain to the ${ag(law)}.`],
    judicialRemedy: null,
    controllerComplaint: null,
    refusalRights: `If we deny your request, even in part, we must tell you why. ${appealSentence(law, locale)}`,
    erasureExemption: `the exemptions of the ${short} (${law.law.code})`,
    quoteRecordedExemption: false,
    recipientsProvision: null,
    restrictionLiftProvision: null,
    newDateProvision: null,
    appeal: appealSentence(law, locale),
  };
}

/** Refusal and extension paragraphs (regime-texts.ts) for a US state. */
export function usStateTexts(
  law: UsStateLaw,
  locale: Locale,
): { refusal: string[]; judicialRemedy: null; extension: string[] } {
  const notices = usStateNotices(law, locale);
  return {
    refusal: [appealSentence(law, locale), ...notices.complaint],
    judicialRemedy: null,
    extension: [notices.extensionGrounds, ...notices.complaint],
  };
}

/** Said when an appeal is denied: how to contact the state's Attorney General, with the provision. */
export function appealDeniedRoute(law: UsStateLaw, locale: Locale): string {
  // The provision that requires the Attorney General route (CO § 6-1-1306(3)(c), TX § 541.053(c)), not the decision time.
  const cite = law.attorneyGeneral.cite;
  return locale === "fr"
    ? `Conformément au ${cite} (${law.law.title}), vous pouvez déposer une plainte auprès de l'autorité de l'État : ${ag(law)}.`
    : `Under ${cite} (${law.law.title}), you can submit a complaint to the ${ag(law)}.`;
}
