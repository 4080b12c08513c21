import type { Branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";
import { CtaButton, P } from "./layout";

interface RequestLinkProps {
  /** The person's status page (or the portal, for a request without a status link). */
  href: string;
  brand: Branding;
  locale: Locale;
}

/** The button to the request's page while it is under way: "Track my request" / "Suivre ma demande". */
export function TrackRequestButton({ href, brand, locale }: RequestLinkProps) {
  const label = locale === "fr" ? "Suivre ma demande" : "Track my request";
  return <CtaButton href={href} label={label} brand={brand} locale={locale} />;
}

/**
 * The button to the request's page when there is something to read there (an answer, a decision, a message):
 * "View my request" / "Voir ma demande"; `personal` adds the reminder not to share the link.
 */
export function ViewRequestButton({
  href,
  brand,
  locale,
  personal = false,
}: RequestLinkProps & { personal?: boolean }) {
  const label = locale === "fr" ? "Voir ma demande" : "View my request";
  return (
    <>
      <CtaButton href={href} label={label} brand={brand} locale={locale} />
      {personal ? (
        <P>
          {locale === "fr" ? "Ce lien est personnel : ne le partagez pas." : "This link is personal: do not share it."}
        </P>
      ) : null}
    </>
  );
}
