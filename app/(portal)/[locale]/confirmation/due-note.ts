import { findJurisdiction } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/domain/locale";
import { regimeNotices } from "@/lib/domain/regime-notices";
import type { Authority } from "@/lib/domain/regime-texts";
import { REQUEST_TYPES, type RequestType } from "@/lib/domain/vocabulary";
import { messages } from "@/lib/i18n/messages";

/**
 * The sentences under the due date once a request is filed: the time limit and extension rule of the law
 * of the requester's residence (`res`, passed by the form's redirect), not GDPR's "two more months" for
 * everybody (LGPD: none; PIPEDA s. 8(4): up to thirty days). An unknown residence (a link from before
 * the parameter existed) gets a sentence that promises no particular extension.
 */
export function confirmationDueNote(locale: Locale, p: { residence: string; type: string; lead: Authority }): string[] {
  const residence = p.residence ? findJurisdiction(p.residence) : undefined;
  if (!residence) return [messages(locale).sent.dueNote];
  const requestType = REQUEST_TYPES.includes(p.type as RequestType) ? p.type : undefined;
  const n = regimeNotices(residence.regime, locale, { lead: p.lead, residence: residence.code, requestType });
  return [n.timeLimit, n.extensionGrounds];
}
