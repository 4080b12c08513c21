import type { z } from "zod";
import type { ApiKeyPrincipal } from "@/lib/auth/api-scopes";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/domain/locale";
import { staffMessages } from "@/lib/i18n/staff";
import { timelineEventLabel } from "@/lib/i18n/staff/recipients-words";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { loadLifecycleContext } from "@/lib/requests/transitions/lifecycle-context";
import type { deadlineResult, timelineResult } from "./schemas";

const notFound = () => new DomainError("not_found", "This request does not exist.");

/**
 * The request's timeline as the workspace shows it (its own use case), in `locale`: events with their
 * words, messages and notes — their text only with requests:read_subject, that read audited.
 */
export async function timelineForApi(
  id: string,
  key: ApiKeyPrincipal,
  locale: Locale,
  now = new Date(),
): Promise<z.infer<typeof timelineResult>> {
  const ws = await loadWorkspace(id, { ...key, locale }, now);
  if (!ws) throw notFound();
  const words = staffMessages(locale);
  return {
    timeZone: ws.deadline.timeZone,
    data: ws.timeline.map((e) => ({
      kind: e.kind,
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.kind === "event" ? timelineEventLabel(words, ws.deadline.regime, e.code, e.action) : null,
      code: e.kind === "event" ? e.code : null,
      detail: e.kind === "event" ? e.detail : null,
      direction: e.kind === "message" ? e.direction : null,
      body: e.kind === "event" ? null : e.body,
    })),
  };
}

/** The due dates and how they follow from the law, step by step, in `locale` (the workspace's words). */
export async function deadlineForApi(
  id: string,
  locale: Locale,
  now = new Date(),
): Promise<z.infer<typeof deadlineResult>> {
  const row = await findRequest(db(), { id });
  if (!row) throw notFound();
  const { deadline, today } = await loadLifecycleContext(db(), row, now);
  return {
    data: {
      regime: deadline.regime,
      jurisdiction: deadline.jurisdiction,
      controller: deadline.controller,
      timeZone: deadline.timeZone,
      receivedDate: deadline.receivedDate,
      firstDueDate: deadline.firstDueDate,
      extendedDueDate: deadline.extendedDueDate,
      dueDate: deadline.dueDate,
      extensionNoticeBy: deadline.extensionNoticeBy,
      acknowledgeBy: deadline.acknowledgeBy,
      refusalDueDate: deadline.refusalDueDate,
      refusalCite: deadline.refusalCite?.[locale] ?? null,
      clockStopAllowed: deadline.clockStopAllowed,
      pausedDays: deadline.pausedDays,
      today,
      explanation: deadline.explanation[locale],
    },
  };
}
