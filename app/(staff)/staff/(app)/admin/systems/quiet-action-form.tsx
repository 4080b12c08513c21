"use client";

import { ActionForm, type ActionFormProps } from "../../components/action-form";

const ignore = () => undefined;

/**
 * An action form whose success needs no message of its own: the refreshed row shows the new state
 * (status, last connection test) in a live region. Refusals and errors still show as an alert.
 */
export function QuietActionForm(props: Omit<ActionFormProps, "onResult">) {
  return <ActionForm {...props} onResult={ignore} />;
}
