import { branding, type Branding } from "@/lib/branding/config";
import { computeDeadline } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { honoursUniversalOptOut, optOutTypesFor } from "@/lib/domain/opt-out-eligibility";
import { regimeNotices } from "@/lib/domain/regime-notices";
import { regimeGrants, rightsForRegime } from "@/lib/domain/rights";
import { usStateLaw } from "@/lib/domain/us-states";
import { isOptOutType, REQUEST_TYPES, type RequestType } from "@/lib/domain/vocabulary";
import { controllerProfile, env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { formatLocalDate } from "@/lib/i18n/format-date";
import { messages } from "@/lib/i18n/messages";
import { agentMessages } from "@/lib/i18n/messages/agent";
import { optOutMessages } from "@/lib/i18n/messages/opt-out";
import { REGIME_RIGHTS_WORDS, rightBody, rightCitation } from "@/lib/i18n/messages/regime-rights";
import { chosenResidence, jurisdictionOptions, residenceLabel, rightsForText } from "../[locale]/residence";

export interface HomeRight {
  id: string;
  title: string;
  body: string;
  citation: string | null;
  href: string;
}

/**
 * Everything the home page shows, computed on the server as plain strings, so that the view is a plain
 * component with no data access of its own (and could never pull lib/env or the deadline engine into a bundle).
 */
export interface HomeModel {
  locale: Locale;
  brand: Branding;
  /** Global Privacy Control seen (11 CCR § 7025): what to say, and where the opt-out form is. */
  gpc: { text: string; href: string } | null;
  residence: { code: string; regime: string; rightsFor: string } | null;
  options: { code: string; label: string }[];
  defaultResidence: string;
  rights: HomeRight[];
  /** `agentHref` null: the agent form is the CCPA's (11 CCR § 7063); it would file anyone else as a Californian. */
  optOut: (HomeRight & { agentHref: string | null; agentLabel: string }) | null;
  timeLimit: { lines: string[]; today: string | null };
}

/** The request types of the list: all six before the residence is known, then only those the regime grants. */
function shownTypes(regime: Parameters<typeof rightsForRegime>[0] | null): RequestType[] {
  const forms = REQUEST_TYPES.filter((type) => !isOptOutType(type));
  // Before the residence is known, only the rights most laws grant: questioning profiling is Minnesota's and
  // Connecticut's alone, the confirmation of processing Brazil's.
  if (!regime) return forms.filter((type) => type !== "question_profiling" && type !== "confirmation");
  const granted = rightsForRegime(regime);
  return forms.filter((type) => granted.includes(type));
}

export function homeModel(locale: Locale, residenceParam: string | string[] | undefined, gpc: boolean): HomeModel {
  const residence = chosenResidence(residenceParam);
  const t = messages(locale);
  const w = REGIME_RIGHTS_WORDS[locale];
  const query = residence ? `?residence=${encodeURIComponent(residence.code)}` : "";
  const rights = shownTypes(residence?.regime ?? null).map((type) => ({
    id: `right-${type}`,
    title: t.portal.rights[type].title,
    body: rightBody(residence?.regime ?? null, type, locale, t.portal.rights[type].body),
    citation: residence ? rightCitation(residence.regime, type, locale) : null,
    href: `/${locale}/request/${type}${query}`,
  }));
  // A state's opt-outs besides sale (targeted advertising, profiling; Utah's and Iowa's sensitive data): a card
  // each, opening the opt-out page with that choice ticked. California's "sharing" already covers
  // cross-context behavioural advertising, so a Californian gets none (opt-out-eligibility.ts).
  if (residence && usStateLaw(residence.regime)) {
    for (const type of optOutTypesFor(residence.regime).filter((k) => k !== "opt_out_sale"))
      rights.push({
        id: `right-${type}`,
        title: t.portal.rights[type].title,
        body: t.portal.rights[type].body,
        citation: rightCitation(residence.regime, type, locale),
        href: `/${locale}/opt-out${query}&type=${type}`,
      });
  }
  // Offered wherever the regime grants an opt-out the product files (opt-out-eligibility.ts).
  const optOut =
    residence && optOutTypesFor(residence.regime).length > 0
      ? {
          id: "right-opt-out",
          title: usStateLaw(residence.regime) ? w.optOutTitleState : w.optOutTitle,
          body: usStateLaw(residence.regime) ? w.optOutBodyState : w.optOutBody,
          citation: rightCitation(residence.regime, "opt_out_sale", locale),
          href: `/${locale}/opt-out${query}`,
          agentHref: residence.regime === "CCPA" ? `/${locale}/agent` : null,
          agentLabel: agentMessages(locale).homeLink,
        }
      : null;
  let timeLimit: HomeModel["timeLimit"] = { lines: [w.neutralTimeLimit], today: null };
  if (residence) {
    const { country: controller, timeZone, authority } = controllerProfile();
    const today = computeDeadline({ jurisdiction: residence.code, controller, timeZone, receivedAt: new Date() });
    const notices = regimeNotices(residence.regime, locale, { lead: authority, residence: residence.code });
    timeLimit = {
      lines: [
        notices.timeLimit,
        notices.extensionGrounds,
        ...(regimeGrants(residence.regime, "appeal") ? [w.appeal] : []),
      ],
      today: `${fill(t.portal.todayDeadline, { date: formatLocalDate(today.dueDate, locale) })} (${today.timeZone})`,
    };
  }
  const offersOptOut = residence !== null && optOutTypesFor(residence.regime).length > 0;
  // A state whose law grants an opt-out but does not make the signal one by itself (Virginia, Utah…); one
  // whose law does (Colorado, Connecticut…) takes it for targeted advertising and sale.
  const stateName = residence
    ? residenceLabel(residence.code, locale).replace(/ \((United States|États-Unis)\)$/, "")
    : "";
  const gpcText =
    residence && offersOptOut && !honoursUniversalOptOut(residence.regime)
      ? fill(optOutMessages(locale).gpcNotRequired, { state: stateName })
      : residence && offersOptOut && usStateLaw(residence.regime)
        ? fill(optOutMessages(locale).gpcBannerState, { state: stateName })
        : optOutMessages(locale).gpcBanner;
  return {
    locale,
    brand: branding(),
    gpc: gpc ? { text: gpcText, href: `/${locale}/opt-out${offersOptOut ? query : ""}` } : null,
    residence: residence
      ? {
          code: residence.code,
          regime: residence.regime,
          rightsFor: rightsForText(residence, locale),
        }
      : null,
    options: jurisdictionOptions(locale),
    defaultResidence: env().DEFAULT_JURISDICTION,
    rights,
    optOut,
    timeLimit,
  };
}
