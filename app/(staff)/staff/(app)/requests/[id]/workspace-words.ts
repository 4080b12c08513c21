import type { Locale } from "@/lib/domain/locale";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { timelineEventLabel } from "@/lib/i18n/staff/recipients-words";
import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import { formatStaffDate, formatStaffInstant } from "../../components/staff-display";
import { refusalLimitView } from "./refusal-limit-view";

/**
 * The workspace's words and formats for the signed-in member: their catalogue, moments in the
 * controller's time zone (labelled with it), legal dates in their language.
 */
export function workspaceWords(locale: Locale | undefined) {
  const my: Locale = locale ?? "en";
  const all = staffMessages(my);
  const zone = controllerProfile().timeZone;
  return {
    my,
    all,
    t: all.workspace,
    at: (d: Date) => formatStaffInstant(d, my, zone),
    day: (date: string) => formatStaffDate(date, my),
    /** The last day to refuse and its provision in the member's language, for the refuse panel. */
    refusalLimit: (ws: Parameters<typeof refusalLimitView>[0]) => refusalLimitView(ws, my),
    fill,
    lookup,
    /** A timeline event's label under the request's law (no GDPR "Art. 19" on another law's recipient notice). */
    eventLabel: (regime: RegimeCode, code: string, action: string) => timelineEventLabel(all, regime, code, action),
    /** A timeline entry's actor: a member's name as it is, the subject, the team or the system in words. */
    who: (actor: string) =>
      actor === "subject"
        ? all.workspace.subjectActor
        : actor === "staff"
          ? all.workspace.staffActor
          : actor === "system"
            ? all.workspace.systemActor
            : actor,
  };
}
