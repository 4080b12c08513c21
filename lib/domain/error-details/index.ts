import { ADMIN_DETAILS } from "./admin";
import { COMMON_DETAILS } from "./common";
import { FULFILMENT_DETAILS } from "./fulfilment";
import { LIFECYCLE_DETAILS } from "./lifecycle";
import { renderDetail, type DetailParams, type ParamNames } from "./render";
import { REQUESTS_DETAILS } from "./requests";
import { DETAIL_PARAM_LABELS_EN } from "./param-labels";

export { renderDetail, placeholdersOf, type DetailParams } from "./render";
export { DETAIL_PARAM_LABELS_EN } from "./param-labels";

/**
 * What an operation says when it refuses, as a stable key with its parameters; the English sentence
 * beside each key is the message the REST API answers (its documented contract), and the staff screens
 * show the member's language (French in lib/i18n/staff/error-details-fr/, same keys, checked by the type).
 */
export const ERROR_DETAILS = {
  ...COMMON_DETAILS,
  ...LIFECYCLE_DETAILS,
  ...REQUESTS_DETAILS,
  ...FULFILMENT_DETAILS,
  ...ADMIN_DETAILS,
} as const;

export type ErrorDetailKey = keyof typeof ERROR_DETAILS;

export interface ErrorDetail {
  key: ErrorDetailKey;
  params?: DetailParams;
}

type ParamsOf<K extends ErrorDetailKey> = ParamNames<(typeof ERROR_DETAILS)[K]>;

/** A detail by key; its parameters (named by the template's placeholders) are checked by the type. */
export function detail<K extends ErrorDetailKey>(
  key: K,
  ...params: [ParamsOf<K>] extends [never] ? [] : [Record<ParamsOf<K>, string | number>]
): ErrorDetail {
  return params[0] ? { key, params: params[0] as DetailParams } : { key };
}

/** The English sentence of a detail (what DomainError.message carries). */
export function detailMessage(d: ErrorDetail): string {
  return renderDetail(ERROR_DETAILS[d.key], d.params, DETAIL_PARAM_LABELS_EN);
}

export function isErrorDetailKey(key: string): key is ErrorDetailKey {
  return Object.hasOwn(ERROR_DETAILS, key);
}
