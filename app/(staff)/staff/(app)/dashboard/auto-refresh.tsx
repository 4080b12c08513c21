"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { fill } from "@/lib/i18n/fill";

/** Re-renders the server page every `seconds`, so the board stays current on a wall screen. */
export function AutoRefresh({
  seconds,
  generatedAt,
  locale = "en",
  template = "Updated {time} · refreshes every {seconds} s",
  timeZone,
}: {
  seconds: number;
  generatedAt: string;
  locale?: string;
  template?: string;
  /** The controller's time zone: the time is shown in it and labelled with it. */
  timeZone?: string;
}) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return (
    <p className="muted" aria-live="polite">
      {fill(template, {
        time:
          new Date(generatedAt).toLocaleTimeString(locale === "fr" ? "fr-FR" : "en-GB", { timeZone }) +
          (timeZone ? ` (${timeZone})` : ""),
        seconds,
      })}
    </p>
  );
}
