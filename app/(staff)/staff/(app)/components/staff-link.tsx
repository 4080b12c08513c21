import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A back-office link: Next's `Link` that never prefetches. Every staff page is dynamic, so each prefetched
 * link in view cost a server render of the layout (session, bell) — 19 of them per visit to the queue,
 * about 7× the page's own CPU (`e2e/staff-no-prefetch.spec.ts`). A click still navigates client-side.
 */
export function StaffLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
