import type { Locale } from "@/lib/domain/locale";
import { fill } from "../fill";
import { lookup, staffMessages } from "./index";
import { notificationsEn } from "./notifications-en";

export type NotificationKey = keyof typeof notificationsEn.notificationTitles;
export interface NotificationMessage {
  key: NotificationKey;
  params: Record<string, string | number>;
}

/** A bell title to store: the key + values (rendered per reader) and the English text (older readers, fallback). */
export function notificationOf(
  key: NotificationKey,
  params: Record<string, string | number>,
): { title: string; message: NotificationMessage } {
  return { title: render(staffMessages("en"), key, params), message: { key, params } };
}

function render(w: ReturnType<typeof staffMessages>, key: string, params: Record<string, string | number>): string {
  const values = { ...params };
  if (typeof values.operation === "string")
    values.operation = lookup(w.fulfilment.steps, values.operation, values.operation.replaceAll("_", " "));
  // A mail's template and whose inbox, as the Mails panel names them.
  if (typeof values.template === "string")
    values.template = lookup(w.mailNames, values.template, values.template.replaceAll("_", " "));
  if (typeof values.recipientRole === "string")
    values.recipientRole = lookup(w.mails.roles, values.recipientRole, values.recipientRole);
  return fill(lookup(w.notificationTitles, key, ""), values);
}

/** A stored notification's title in the reader's language; rows without a (known) key keep their stored text. */
export function notificationTitle(
  row: { title: string; message: { key: string; params: Record<string, string | number> } | null },
  locale: Locale | undefined,
): string {
  if (!row.message || !Object.hasOwn(notificationsEn.notificationTitles, row.message.key)) return row.title;
  return render(staffMessages(locale), row.message.key, row.message.params ?? {});
}
