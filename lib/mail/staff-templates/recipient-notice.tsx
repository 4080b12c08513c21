import { Link } from "@react-email/components";
import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import { recipientNoticeBasis, type RecipientNoticeAction } from "./recipient-notice-basis";
import { P, StaffLayout } from "./staff-layout";

export type { RecipientNoticeAction } from "./recipient-notice-basis";

export interface RecipientNoticeParams {
  /** The recipient (another controller or a processor) the data was disclosed to. */
  recipientName: string;
  /** The controller sending the notice. */
  companyName: string;
  reference: string;
  /** The requester's regime: the notice cites that law's provision, never the GDPR for everybody. */
  regime: RegimeCode;
  action: RecipientNoticeAction;
  /** Identifies the person to the recipient. */
  subjectEmail: string;
  /** Rectification: one line per change, e.g. "phone → +33 6 12 34 56 78"; empty otherwise. */
  details: string[];
  /** Where the recipient confirms (the DPO's address). */
  contactEmail: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const ASK: Record<RecipientNoticeAction, string> = {
  erasure: "please erase this person's data",
  rectification: "please correct this person's data",
  restriction: "please restrict processing of this person's data",
};

const DONE: Record<RecipientNoticeAction, string> = {
  erasure: "erased",
  rectification: "rectified",
  restriction: "restricted the processing of",
};

export function recipientNoticeSubject(p: RecipientNoticeParams): string {
  return `Data subject request ${p.reference} from ${p.companyName}: ${ASK[p.action]}`;
}

const listStyle = { fontSize: "15px", lineHeight: "22px", color: "#27272a", margin: "0 0 12px", paddingLeft: "24px" };

/**
 * Art. 19 GDPR (and its counterparts: recipient-notice-basis.ts): the controller tells each recipient of the data
 * about an erasure, rectification or restriction, so that the recipient does the same. English, addressed to a
 * company (another controller or a processor).
 */
export function RecipientNotice({ params: p }: { params: RecipientNoticeParams }) {
  const contact = p.contactEmail.trim();
  const contactNode = EMAIL_PATTERN.test(contact) ? <Link href={`mailto:${contact}`}>{contact}</Link> : contact;
  const details = p.details.map((d) => d.trim()).filter(Boolean);
  const basis = recipientNoticeBasis(p.regime, p.action);
  return (
    <StaffLayout preview={recipientNoticeSubject(p)} heading={`Data subject request ${p.reference}: ${ASK[p.action]}`}>
      <P>Dear {p.recipientName},</P>
      <P>
        {p.companyName} is the controller of the personal data of the person identified by the e-mail address{" "}
        <strong>{p.subjectEmail}</strong>, which we disclosed to you.{" "}
        {basis.provision ? `Under ${basis.provision}, we` : "We"} inform you that, at this person&apos;s request (our
        reference {p.reference}), we have {DONE[p.action]} their personal data
        {p.action === "rectification" && details.length > 0 ? " as follows:" : "."}
      </P>
      {details.length > 0 ? (
        <ul style={listStyle}>
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
      {p.action === "erasure" ? (
        <P>
          Please erase this person&apos;s personal data that we disclosed to you, in all your systems, unless the law
          requires you to keep it.
        </P>
      ) : p.action === "rectification" ? (
        <P>Please make the same corrections to this person&apos;s personal data in your systems.</P>
      ) : (
        <P>
          Please restrict the processing of this person&apos;s personal data in your systems as well: keep storing it,
          but do not otherwise process it{basis.restrictionMeaning ? ` (${basis.restrictionMeaning})` : ""} until we
          tell you that the restriction has been lifted.
        </P>
      )}
      <P>If you process this data on our behalf as our processor, please treat this message as our instruction.</P>
      <P>
        Please confirm to {contactNode} when this is done, quoting the reference {p.reference}. If you no longer hold
        any data about this person, please tell us so.
      </P>
      <P>Thank you,</P>
      <P>The {p.companyName} privacy team</P>
    </StaffLayout>
  );
}
