import { branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { portalDocument, portalHtmlResponse } from "./portal-document";

/** A script-free portal page that says where the visitor stands and offers ways on. */
export interface PortalNotice {
  locale: Locale;
  status: number;
  title: string;
  lead: string;
  /** Paragraphs after the lead. */
  more?: string[];
  /** The ways on, in order. */
  links: { href: string; label: string }[];
}

/**
 * The response of a dead end of the portal (the 404 of an unknown address, the 410 of a purged package):
 * the portal's document in the page's language (portal-document.tsx), its title then the brand, a heading,
 * a lead, the ways on as a list of plain links; varying with Accept-Language, never cached.
 */
export function portalNoticeResponse(request: Request, notice: PortalNotice): Response {
  const brand = branding();
  const html = portalDocument({
    locale: notice.locale,
    brand,
    title: `${notice.title} — ${brand.companyName}`,
    nonce: request.headers.get("x-nonce"),
    pathname: new URL(request.url).pathname,
    residence: null,
    children: (
      <>
        <h1>{notice.title}</h1>
        <p className="lead">{notice.lead}</p>
        {notice.more?.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <ul className="next-steps">
          {notice.links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </>
    ),
  });
  return portalHtmlResponse(html, notice.status, "Accept-Language");
}
