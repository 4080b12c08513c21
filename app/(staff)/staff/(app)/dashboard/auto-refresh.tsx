"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the server page every `seconds`, so the board stays current on a wall screen. */
export function AutoRefresh({ seconds, generatedAt }: { seconds: number; generatedAt: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return (
    <p className="muted" aria-live="polite">
      Updated {new Date(generatedAt).toLocaleTimeString("en-GB")} · refreshes every {seconds} s
    </p>
  );
}
