import type { CompletionResult, TemplateName, TemplateParams } from "./types";
import { SAMPLE_TEXT_FR } from "./samples-fr";

/**
 * Realistic parameters of every template and of each kind of completion result, for the admin
 * previews and the tests (each call returns a fresh copy).
 */

/** A French resident of a French controller: the samples' default regime. */
const GDPR_SAMPLE = {
  regime: "GDPR",
  residence: "FR",
  authorityName: "CNIL",
  authorityUrl: "https://www.cnil.fr",
} as const;

const SAMPLES: TemplateParams = {
  verification: {
    reference: "DSR-2025-000123",
    type: "access",
    verifyUrl: "https://privacy.example.com/verify/8f3c2a9e1b7d4c60a5e2f1d3b9c8a7e6",
    code: "482913",
    codeMinutes: 15,
    linkHours: 72,
    dueDate: "2025-07-15",
    overdue: false,
    ...GDPR_SAMPLE,
  },
  verification_reminder: {
    reference: "DSR-2025-000123",
    type: "erasure",
    verifyUrl: "https://privacy.example.com/verify/8f3c2a9e1b7d4c60a5e2f1d3b9c8a7e6",
    withdrawOn: "2025-06-22",
  },
  request_received: {
    reference: "DSR-2025-000123",
    type: "access",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    dueDate: "2025-07-15",
    ...GDPR_SAMPLE,
  },
  verification_expired: {
    reference: "DSR-2025-000124",
    type: "portability",
    portalUrl: "https://privacy.example.com/request",
  },
  withdrawal_confirmation: {
    reference: "DSR-2025-000125",
    type: "objection",
  },
  clarification_request: {
    reference: "DSR-2025-000126",
    message:
      "We found two customer accounts linked to your name.\nCould you tell us the order number of a recent purchase, so that we correct the right account?",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    clockStopped: true,
    ...GDPR_SAMPLE,
  },
  extension_notice: {
    reference: "DSR-2025-000127",
    reason:
      "Your data is held in several systems, including our former order platform, which we have to search by hand.",
    newDueDate: "2025-09-15",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    regime: "GDPR",
    authorityName: "CNIL",
    authorityUrl: "https://www.cnil.fr",
  },
  refusal: {
    reference: "DSR-2025-000128",
    type: "erasure",
    reasonCode: "exemption",
    reasonText:
      "We must keep your invoices for 10 years to meet our accounting obligations (French Commercial Code, art. L123-22).",
    regime: "GDPR",
    authorityName: "CNIL",
    authorityUrl: "https://www.cnil.fr",
  },
  completion: {
    reference: "DSR-2025-000129",
    type: "access",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    summary: "The download link stays available for 30 days.",
    ...GDPR_SAMPLE,
  },
  staff_message: {
    reference: "DSR-2025-000130",
    message:
      "Thank you for your patience. We have now received the data from our delivery partner and will finish your request this week.",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
  },
  agent_notice: {
    reference: "DSR-2025-000131",
    type: "access",
    decision: "rejected",
    reason: "the permission is not signed by the consumer",
  },
  download_code: {
    reference: "DSR-2025-000123",
    code: "730412",
    codeMinutes: 15,
    availableUntil: "2025-08-14",
    downloadsLeft: 4,
  },
  lost_link: {
    reference: "DSR-2025-000131",
    type: "rectification",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
  },
  restriction_lift_notice: {
    reference: "DSR-2025-000132",
    systems: ["Demo Shop", "Support desk"],
    liftOn: "2025-09-01",
    reason:
      "You contested the accuracy of your delivery address. We checked it with our delivery partner and it is correct, so the reason for the restriction no longer applies.",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
  },
  restriction_lift_cancelled: {
    reference: "DSR-2025-000132",
    liftOn: "2025-09-01",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
  },
  new_date_notice: {
    reference: "DSR-2025-000133",
    newDate: "2025-09-30",
    reason: "Part of your data is held by our former logistics provider, who has to extract it for us.",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
    regime: "NFADP",
    residence: "CH",
  },
  // A Californian request (45 days) corrected to a French residence: the GDPR's month ends earlier.
  regime_correction_notice: {
    reference: "DSR-2025-000135",
    type: "access",
    previousDueDate: "2025-10-18",
    dueDate: "2025-10-03",
    timeZone: "Europe/Paris",
    overdue: false,
    extensionDropped: false,
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
  },
  complaint_acknowledged: {
    reference: "DSR-2025-000134",
    receivedOn: "2026-07-01",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
    regime: "UK_GDPR",
    residence: "GB",
  },
  complaint_outcome: {
    reference: "DSR-2025-000134",
    outcome:
      "You were right: our first answer left out your support tickets. We have added them to your data and apologise for the omission.",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
    regime: "UK_GDPR",
    residence: "GB",
  },
  appeal_decision: {
    reference: "DSR-2026-000141",
    decision: "denied",
    reason: "The records you asked for belong to another customer's account; we cannot disclose them.",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
    regime: "US_VA",
    residence: "US-VA",
  },
  appeal_received: {
    reference: "DSR-2026-000141",
    decideBy: "2026-03-06",
    timeZone: "America/Denver",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
    regime: "US_CO",
    residence: "US-CO",
  },
  appeal_extension: {
    reference: "DSR-2026-000141",
    newDate: "2026-05-05",
    timeZone: "America/Denver",
    reason: "Your appeal concerns records held by three of our systems; we need their owners' answers.",
    statusUrl: "https://privacy.example.com/requests/status/3b1f0c7e9d2a4b58a6c1e0f2d4b7a9c3",
    ...GDPR_SAMPLE,
    regime: "US_CO",
    residence: "US-CO",
  },
};

const COMPLETION_RESULT_SAMPLES: { [K in CompletionResult["kind"]]: Extract<CompletionResult, { kind: K }> } = {
  package: { kind: "package", availableUntil: "2025-08-14", maxDownloads: 5, excludedRecords: 2 },
  erasure: {
    kind: "erasure",
    erased: [
      {
        system: "Demo Shop",
        table: "shop.customers",
        title: { en: "Your customer account", fr: "Votre compte client" },
        action: "anonymise",
        rows: 1,
      },
      { system: "Demo Shop", table: "shop.addresses", action: "delete", rows: 2 },
      { system: "Demo Shop", table: "shop.newsletter_subscriptions", action: "delete", rows: 1 },
    ],
    kept: [
      {
        system: "Demo Shop",
        table: "shop.orders",
        title: { en: "Your orders", fr: "Vos commandes" },
        rows: 3,
        exemption: {
          en: "Art. 17(3)(b) GDPR — legal obligation",
          fr: "Art. 17, paragraphe 3, point b) du RGPD — obligation légale",
        },
        reason: {
          en: "Orders and invoices are kept 10 years under accounting law (French Commercial Code, art. L123-22); the buyer's name and address are removed.",
          fr: "Les commandes et factures sont conservées 10 ans au titre des obligations comptables (Code de commerce, art. L123-22) ; le nom et l'adresse de l'acheteur sont supprimés.",
        },
      },
    ],
    recipientsNotified: ["Colis Express (delivery)", "Newsletter Pro (mailing service)"],
  },
  rectification: {
    kind: "rectification",
    changed: [
      { system: "Demo Shop", field: "phone", value: "+33 6 12 34 56 78" },
      { system: "Demo Shop", field: "birth_date", value: null },
    ],
    recipientsNotified: ["Colis Express (delivery)"],
  },
  restriction: {
    kind: "restriction",
    systems: ["Demo Shop", "Support desk"],
    recipientsNotified: ["Colis Express (delivery)"],
  },
  objection: { kind: "objection", systems: ["Demo Shop", "Newsletter Pro"] },
  confirmation: { kind: "confirmation", processed: true },
  profiling_answer: {
    kind: "profiling_answer",
    reason:
      "Your application for payment in instalments was scored on the orders of the last 12 months: two unpaid orders in March lowered the score below the threshold.",
    howToChange:
      "Settling the two unpaid orders, or paying by card, lets the score pass the threshold at your next order.",
    reevaluation: "data_accurate",
  },
};

const COMPLETION_RESULT_TYPES: Record<CompletionResult["kind"], TemplateParams["completion"]["type"]> = {
  package: "access",
  erasure: "erasure",
  rectification: "rectification",
  restriction: "restriction",
  objection: "objection",
  profiling_answer: "question_profiling",
  confirmation: "confirmation",
};

/** A realistic completion result of the given kind (a fresh copy each call), e.g. for previews and tests. */
export function sampleCompletionResult<K extends CompletionResult["kind"]>(
  kind: K,
): Extract<CompletionResult, { kind: K }> {
  return structuredClone(COMPLETION_RESULT_SAMPLES[kind]);
}

/** Sample completion parameters carrying a result of the given kind, with the matching request type and no staff note. */
export function sampleCompletionWithResult(kind: CompletionResult["kind"]): TemplateParams["completion"] {
  return {
    ...sampleParams("completion"),
    type: COMPLETION_RESULT_TYPES[kind],
    summary: undefined,
    result: sampleCompletionResult(kind),
  };
}

/**
 * Realistic sample parameters, for previews and tests (a fresh copy each call); with `locale: "fr"`, the
 * free text a person typed (reasons, messages) is in French, as it would be in a French mail.
 */
export function sampleParams<T extends TemplateName>(name: T, locale?: "fr" | "en"): TemplateParams[T] {
  const params = structuredClone(SAMPLES[name]);
  return locale === "fr" ? { ...params, ...SAMPLE_TEXT_FR[name] } : params;
}
