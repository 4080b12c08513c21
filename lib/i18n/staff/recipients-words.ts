import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import { lookup, type StaffMessages } from "./index";

/**
 * "Art. 19" is the GDPR's (and the UK GDPR's, same number) duty to tell recipients of a change. A Californian's,
 * a Brazilian's or a Canadian's request has its own provision, or none (recipient-notice-basis.ts): the panel
 * then names the step without an article rather than cite a law that does not apply to the request.
 */
export function recipientsWords(
  words: Pick<StaffMessages, "fulfilment" | "gates" | "mailNames" | "timeline">,
  regime: RegimeCode,
): { step: string; noticesTitle: string; mailName: string; noticeSent: string } {
  const article19 = regime === "GDPR" || regime === "UK_GDPR";
  return article19
    ? {
        step: words.fulfilment.steps.notify_recipients,
        noticesTitle: words.gates.notices.title,
        mailName: lookup(words.mailNames, "recipient_notice", "recipient notice"),
        noticeSent: lookup(words.timeline, "notice.sent", "notice.sent"),
      }
    : {
        step: words.fulfilment.notifyRecipientsOtherLaw,
        noticesTitle: words.gates.notices.titleOtherLaw,
        mailName: lookup(words.mailNames, "recipient_notice_other_law", "recipient notice"),
        noticeSent: words.fulfilment.recipientNotifiedOtherLaw,
      };
}

/** A timeline event's words: the audit action's label, the recipient notice's without a GDPR article under another law. */
export function timelineEventLabel(
  words: Pick<StaffMessages, "fulfilment" | "gates" | "mailNames" | "timeline" | "auditLog">,
  regime: RegimeCode,
  code: string,
  fallback: string,
): string {
  if (code === "notice.sent") return recipientsWords(words, regime).noticeSent;
  // The actions the timeline has no word for (reminders, escalations…) take the audit page's label, never the code.
  return lookup(words.timeline, code, lookup(words.auditLog.labels, code, fallback));
}
