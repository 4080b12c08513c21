import type { Locale } from "@/lib/domain/locale";
import { fill } from "../fill";
import { lookup, staffMessages } from "./index";
import { notificationsEn } from "./notifications-en";
import { THRESHOLDS } from "@/lib/domain/thresholds";
import { formatStaffDay } from "./format-day";

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

function render(
  w: ReturnType<typeof staffMessages>,
  key: string,
  params: Record<string, string | number>,
  reader?: { locale: Locale | undefined; timeZone: string },
): string {
  const values = { ...params };
  let text = lookup(w.notificationTitles, key, "");
  // A legal date (the controller's calendar day) as the reader's other panels write it, its zone named
  // ("(4 Mar 2026, Europe/Paris)" where the title already puts the date in brackets).
  if (reader && typeof values.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    const day = formatStaffDay(values.date, reader.locale);
    text = text.replace("({date})", `(${day}, ${reader.timeZone})`);
    values.date = `${day} (${reader.timeZone})`;
  }
  if (typeof values.operation === "string")
    values.operation = lookup(w.fulfilment.steps, values.operation, values.operation.replaceAll("_", " "));
  // A mail's template and whose inbox, as the Mails panel names them.
  if (typeof values.template === "string")
    values.template = lookup(w.mailNames, values.template, values.template.replaceAll("_", " "));
  if (typeof values.recipientRole === "string")
    values.recipientRole = lookup(w.mails.roles, values.recipientRole, values.recipientRole);
  if (typeof values.channel === "string") values.channel = lookup(w.channels, values.channel, values.channel);
  return fill(text, values);
}

/**
 * A stored notification's title in the reader's language. A row without a (known) key — stored in English
 * before the keys, and not recognised by migration 0037's backfill — is shown as stored to an English
 * reader, and to anyone else as what it is about (its kind), in their language, rather than in English.
 */
export function notificationTitle(
  row: { kind?: string; title: string; message: { key: string; params: Record<string, string | number> } | null },
  locale: Locale | undefined,
  timeZone?: string,
): string {
  if (row.message && Object.hasOwn(notificationsEn.notificationTitles, row.message.key))
    return render(
      staffMessages(locale),
      row.message.key,
      row.message.params ?? {},
      timeZone ? { locale, timeZone } : undefined,
    );
  if ((locale ?? "en") === "en") return row.title;
  return staffMessages(locale).notificationKinds[kindGroup(row.kind)];
}

type KindGroup = keyof typeof notificationsEn.notificationKinds;

/** The kinds a row can carry (fulfilment attention, deadline thresholds, complaint thresholds, …) by what they are about. */
function kindGroup(kind: string | undefined): KindGroup {
  if (!kind) return "other";
  if ((THRESHOLDS as readonly string[]).includes(kind)) return "deadline";
  if (kind.startsWith("complaint_")) return "complaint";
  if (Object.hasOwn(notificationsEn.notificationKinds, kind)) return kind as KindGroup;
  return "other";
}
