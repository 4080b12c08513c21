"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { echoId } from "./echo-id";
import { useStaffLocale } from "./staff-locale";

/*
 * A browser draws its own date and file controls in the browser's language, not the page's: a French
 * member with an English browser sees "mm/dd/yyyy" and "No file chosen", and no markup can change that.
 * So beside each such control the page says, in the member's language, what the control holds — the
 * date spelled out (no day/month ambiguity), the time with the zone it is read in (the controller's, given by
 * the page), the files chosen — and the control
 * points to that line (aria-describedby: `echoId(inputId)`).
 */

const WORDS = {
  en: {
    date: "Chosen date: {date}",
    dateNone: "No date chosen (the field shows your browser's date order).",
    dateTime: "Chosen: {date} ({zone})",
    files: "Chosen: {names}",
    filesNone: "No file chosen yet (the button is in your browser's language).",
  },
  fr: {
    date: "Date choisie : {date}",
    dateNone: "Aucune date choisie (le champ suit l'ordre jour/mois de votre navigateur).",
    dateTime: "Choisi : {date} (fuseau {zone})",
    files: "Choisi : {names}",
    filesNone: "Aucun fichier choisi pour l'instant (le bouton est dans la langue de votre navigateur).",
  },
} as const;

type Kind = "date" | "datetime" | "file";

/**
 * The line under a native date, date-time or file input saying what it holds, in the member's language. A
 * date-time is a wall time read in `timeZone` (the form converts it in that zone too).
 */
export function NativeInputEcho(p: { inputId: string; kind: Kind; initial?: string; timeZone?: string }) {
  const locale = useStaffLocale();
  const zone = p.timeZone ?? null;
  const [text, setText] = useState(() => describe(p.kind, p.initial ?? "", null, locale, zone));
  useEffect(() => {
    const input = document.getElementById(p.inputId) as HTMLInputElement | null;
    if (!input) return;
    const update = () => setText(describe(p.kind, input.value, input.files, locale, zone));
    update();
    input.addEventListener("input", update);
    input.addEventListener("change", update);
    // A form reset (after a sent message) empties the input without an input event.
    const form = input.form;
    const onReset = () => setTimeout(update, 0);
    form?.addEventListener("reset", onReset);
    return () => {
      input.removeEventListener("input", update);
      input.removeEventListener("change", update);
      form?.removeEventListener("reset", onReset);
    };
  }, [p.inputId, p.kind, locale, zone]);
  return (
    <span id={echoId(p.inputId)} className="input-echo" data-testid={echoId(p.inputId)}>
      {text}
    </span>
  );
}

function describe(kind: Kind, value: string, files: FileList | null, locale: Locale, zone: string | null): string {
  const w = WORDS[locale];
  if (kind === "file") {
    const names = files ? Array.from(files, (f) => `${f.name} (${size(f.size, locale)})`) : [];
    return names.length ? fill(w.files, { names: names.join(", ") }) : w.filesNone;
  }
  if (kind === "date") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return w.dateNone;
    const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return fill(w.date, { date: day.toLocaleDateString(locale, { dateStyle: "full", timeZone: "UTC" }) });
  }
  // datetime-local: a wall time, spelled out as written (read as UTC and shown in UTC: the same wall time).
  const wall = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? new Date(`${value}Z`) : null;
  if (!wall || Number.isNaN(wall.getTime()) || !zone) return w.dateNone;
  return fill(w.dateTime, {
    date: wall.toLocaleString(locale, { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }),
    zone,
  });
}

function size(bytes: number, locale: Locale): string {
  const kb = bytes / 1024;
  const n = kb < 1024 ? kb : kb / 1024;
  const unit = kb < 1024 ? (locale === "fr" ? "Ko" : "KB") : locale === "fr" ? "Mo" : "MB";
  return `${n.toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`;
}
