import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A back-office link: Next's `Link` that never prefetches. Every staff page is dynamic, so each prefetched
 * link in view cost a server render of the layout (session, bell) — 19 of them per visit to the queue,
 * about 7× the page's own CPU (`e2e/staff-no-prefetch.spec.ts`). A click still navigates client-side —
 * except to the queue, which is a static document served by a route handler (requests/route.ts): a
 * plain `<a>` loads it directly instead of asking it for a React payload first.
 */
export function StaffLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  if (typeof props.href === "string" && isQueueHref(props.href)) {
    // Link-only props (replace, scroll, onNavigate) mean nothing on a plain anchor.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { href, replace: _r, scroll: _s, onNavigate: _n, ...rest } = props;
    return <a href={href} {...(rest as ComponentProps<"a">)} />;
  }
  return <Link {...props} prefetch={false} />;
}

export function isQueueHref(href: string): boolean {
  return href === "/staff/requests" || href.startsWith("/staff/requests?");
}
