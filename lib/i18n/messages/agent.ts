import type { Locale } from "@/lib/domain/locale";

/** The portal's authorised-agent page (11 CCR § 7063), in both languages (same keys). */
const en = {
  homeLink: "Filing for someone else? Authorised agents",
  title: "File a request as an authorised agent",
  lead: "For California residents (CCPA/CPRA). If a consumer has authorised you in writing to make a request for them, tell us who you are, who they are and what they ask, and upload their signed permission or power of attorney. With a signed permission we may still ask the consumer to verify their identity with us directly.",
  agentLegend: "You, the agent",
  agentName: "Your full name",
  agentEmail: "Your e-mail address",
  agentOrganisation: "Organisation and registration (e.g. California Secretary of State number)",
  consumerLegend: "The consumer you represent",
  consumerName: "Consumer's full name",
  consumerEmail: "Consumer's e-mail address",
  type: "What the consumer asks",
  permission: "Signed permission",
  permissionHint: "A PDF, PNG or JPEG file of at most {mb} MB, signed by the consumer.",
  kindLegend: "What the consumer gave you",
  kinds: {
    signed_permission: "A written permission for this request, signed by the consumer",
    power_of_attorney: "A power of attorney (California Probate Code §§ 4121–4130)",
  },
  kindHint:
    "With a power of attorney we do not ask the consumer to verify their identity with us directly (11 CCR § 7063(b)); upload the power of attorney as the document.",
  required: "required",
  optional: "optional",
  submit: "Send the request",
  errorSummary: "There is a problem",
  errors: {
    invalid: "Check this field.",
    permission_type: "The permission must be a PDF, PNG or JPEG file.",
    permission_size: "The permission file is too large.",
    permission_missing: "Upload the consumer's signed permission.",
    rate_limited: "Too many requests from your connection. Please try again later.",
    generic: "Something went wrong. Please try again.",
  },
  doneTitle: "Request received",
  doneLead:
    "We have sent you an acknowledgement. We review the signed permission and tell you our decision by e-mail; with a signed permission (not a power of attorney) the consumer may be asked to verify their identity directly.",
  doneReference: "Reference",
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const fr: Shape<typeof en> = {
  homeLink: "Vous agissez pour quelqu'un d'autre ? Mandataires autorisés",
  title: "Déposer une demande en tant que mandataire autorisé",
  lead: "Pour les résidents de Californie (CCPA/CPRA). Si un consommateur vous a autorisé par écrit à faire une demande pour lui, dites-nous qui vous êtes, qui il est et ce qu'il demande, et joignez son autorisation signée ou sa procuration. Avec une autorisation signée, nous pouvons encore demander au consommateur de vérifier lui-même son identité auprès de nous.",
  agentLegend: "Vous, le mandataire",
  agentName: "Votre nom complet",
  agentEmail: "Votre adresse e-mail",
  agentOrganisation: "Organisation et enregistrement (p. ex. numéro du Secretary of State de Californie)",
  consumerLegend: "Le consommateur que vous représentez",
  consumerName: "Nom complet du consommateur",
  consumerEmail: "Adresse e-mail du consommateur",
  type: "Ce que demande le consommateur",
  permission: "Autorisation signée",
  permissionHint: "Un fichier PDF, PNG ou JPEG de {mb} Mo au plus, signé par le consommateur.",
  kindLegend: "Ce que le consommateur vous a donné",
  kinds: {
    signed_permission: "Une autorisation écrite pour cette demande, signée par le consommateur",
    power_of_attorney: "Une procuration (power of attorney, California Probate Code §§ 4121–4130)",
  },
  kindHint:
    "Avec une procuration, nous ne demandons pas au consommateur de vérifier lui-même son identité auprès de nous (11 CCR § 7063(b)) ; joignez la procuration comme document.",
  required: "obligatoire",
  optional: "facultatif",
  submit: "Envoyer la demande",
  errorSummary: "Il y a un problème",
  errors: {
    invalid: "Vérifiez ce champ.",
    permission_type: "L'autorisation doit être un fichier PDF, PNG ou JPEG.",
    permission_size: "Le fichier d'autorisation est trop volumineux.",
    permission_missing: "Joignez l'autorisation signée du consommateur.",
    rate_limited: "Trop de demandes depuis votre connexion. Réessayez plus tard.",
    generic: "Une erreur s'est produite. Veuillez réessayer.",
  },
  doneTitle: "Demande reçue",
  doneLead:
    "Nous vous avons envoyé un accusé de réception. Nous examinons l'autorisation signée et vous informons de notre décision par e-mail ; avec une autorisation signée (et non une procuration), le consommateur peut être invité à vérifier lui-même son identité.",
  doneReference: "Référence",
};

export type AgentMessages = typeof en;

export function agentMessages(locale: Locale): AgentMessages {
  return locale === "fr" ? (fr as AgentMessages) : en;
}
