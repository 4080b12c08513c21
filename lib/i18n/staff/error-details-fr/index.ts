import {
  ERROR_DETAILS,
  renderDetail,
  type ErrorDetail,
  type ErrorDetailKey,
  DETAIL_PARAM_LABELS_EN,
} from "@/lib/domain/error-details";
import type { Locale } from "@/lib/domain/locale";
import type { LifecycleActionType } from "@/lib/domain/lifecycle/types";
import type { RequestStatus, TaskStatus } from "@/lib/domain/vocabulary";
import { ADMIN_DETAILS_FR } from "./admin";
import { COMMON_DETAILS_FR, LIFECYCLE_DETAILS_FR } from "./common";
import { FULFILMENT_DETAILS_FR } from "./fulfilment";
import { REQUESTS_DETAILS_FR } from "./requests";

/** Every detail of lib/domain/error-details in French: a missing key fails the type check. */
export const ERROR_DETAILS_FR: Record<ErrorDetailKey, string> = {
  ...COMMON_DETAILS_FR,
  ...LIFECYCLE_DETAILS_FR,
  ...REQUESTS_DETAILS_FR,
  ...FULFILMENT_DETAILS_FR,
  ...ADMIN_DETAILS_FR,
};

/** Parameters passed as codes, in French words that fit the sentences above. */
export const DETAIL_PARAM_LABELS_FR: {
  action: Record<LifecycleActionType, string>;
  status: Record<RequestStatus, string>;
  taskStatus: Record<TaskStatus, string>;
} = {
  action: {
    verify: "vérifier cette demande",
    assign: "attribuer cette demande",
    start: "commencer à traiter cette demande",
    ask_subject: "demander des informations à la personne concernée",
    subject_replied: "enregistrer une réponse de la personne concernée",
    submit_for_review: "soumettre cette demande à la relecture",
    complete: "clôturer cette demande",
    extend: "prolonger le délai",
    refuse: "refuser cette demande",
    withdraw: "retirer cette demande",
    reopen: "rouvrir cette demande",
  },
  status: {
    unverified: "en attente de vérification d’identité",
    new: "nouvelle",
    in_progress: "en cours",
    awaiting_subject: "en attente de la personne concernée",
    in_review: "en relecture",
    completed: "terminée",
    rejected: "refusée",
    withdrawn: "retirée",
  },
  taskStatus: {
    pending: "en attente",
    running: "en cours",
    waiting: "en attente d’un résultat",
    succeeded: "réussie",
    failed: "en échec",
    skipped: "ignorée",
  },
};

/**
 * A refusal's detail in the staff member's language: the French template filled with the same
 * parameters (references, dates, counts as they are; codes as words), or the English message when
 * the error carries no detail key (never blank).
 */
export function errorDetailText(detail: ErrorDetail | undefined, locale: Locale | undefined, english: string): string {
  if (!detail || !Object.hasOwn(ERROR_DETAILS, detail.key)) return english;
  if (locale !== "fr") return renderDetail(ERROR_DETAILS[detail.key], detail.params, DETAIL_PARAM_LABELS_EN);
  return renderDetail(ERROR_DETAILS_FR[detail.key], detail.params, DETAIL_PARAM_LABELS_FR);
}
