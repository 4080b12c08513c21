"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useStaffMessages } from "../../components/staff-locale";
import { pollFulfilment } from "./fulfilment-actions";

/**
 * Keeps the panel current while steps run. It polls a fingerprint of the plan (cheap, no personal
 * data) and refreshes the page only when it changed: refreshing blindly every few seconds would
 * re-render the whole workspace, and every render of the subject details is an audited view.
 * Stops when nothing runs any more (the refreshed page renders it with `live` false).
 */
export function FulfilmentLive(p: { requestId: string; signature: string; live: boolean; slow: boolean }) {
  const router = useRouter();
  const live = useStaffMessages().gates.live;
  const active = p.live || p.slow;
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const r = await pollFulfilment(p.requestId);
        if (stopped) return;
        // Compared with what this page shows, not with the last signature a refresh was asked for: a
        // refresh that a concurrent navigation (a server action's own re-render) superseded never
        // lands, and remembering its signature left the page stale until a reload. A refresh that
        // lands re-renders this component with the new signature and restarts the loop.
        if (r.ok && r.value && r.value.signature !== p.signature) router.refresh();
        if (!r.ok && r.code === "unauthenticated") return;
      } catch {
        // A dropped poll (server restarting) is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(tick, p.live ? 2500 : 10_000);
    };
    timer = setTimeout(tick, p.live ? 2000 : 10_000);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [active, p.live, p.signature, p.requestId, router]);

  if (!p.live) return null;
  return (
    <span className="badge running live-badge" role="status" data-testid="fulfilment-live">
      <span className="spinner" aria-hidden="true" /> {live}
    </span>
  );
}
