import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { WordingParagraph } from "./wording";
import { Fragment, type ReactNode } from "react";
import type { Branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";

const FALLBACK_COLOR = "#1d4ed8";
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Only a #rgb/#rrggbb colour reaches the inline style; anything else falls back to the default. */
function safeColor(color: string): string {
  return /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(color) ? color : FALLBACK_COLOR;
}

const COPY = {
  en: {
    hello: "Hello,",
    reference: "Request reference:",
    signature: (company: string) => `The ${company} privacy team`,
    about: (company: string) => `This message concerns your personal data held by ${company}.`,
    dpo: "Questions about your personal data? Contact our Data Protection Officer:",
    privacy: "Privacy policy:",
    buttonFallback: "If the button does not work, copy this link into your browser:",
  },
  fr: {
    hello: "Bonjour,",
    reference: "Référence de la demande :",
    signature: (company: string) => `L’équipe protection des données de ${company}`,
    about: (company: string) => `Ce message concerne vos données personnelles détenues par ${company}.`,
    dpo: "Une question sur vos données personnelles ? Contactez notre délégué à la protection des données :",
    privacy: "Politique de confidentialité :",
    buttonFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
  },
} as const;

const styles = {
  body: { backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", maxWidth: "600px", margin: "0 auto", padding: "32px", borderRadius: "8px" },
  companyName: { fontSize: "18px", fontWeight: 700, color: "#18181b", margin: "0 0 16px" },
  heading: { fontSize: "22px", lineHeight: "30px", color: "#18181b", margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "24px", color: "#27272a", margin: "0 0 16px" },
  reference: { fontSize: "14px", lineHeight: "20px", color: "#52525b", margin: "0 0 16px" },
  quote: {
    fontSize: "15px",
    lineHeight: "24px",
    color: "#27272a",
    margin: "0 0 16px",
    padding: "12px 16px",
    backgroundColor: "#f4f4f5",
    borderLeft: "4px solid #a1a1aa",
  },
  list: { fontSize: "15px", lineHeight: "24px", color: "#27272a", margin: "0 0 16px", paddingLeft: "24px" },
  listItem: { margin: "0 0 8px" },
  small: { fontSize: "13px", lineHeight: "20px", color: "#52525b", margin: "0 0 8px", wordBreak: "break-all" as const },
  footer: { fontSize: "13px", lineHeight: "20px", color: "#71717a", margin: "0 0 8px" },
  hr: { borderColor: "#e4e4e7", margin: "24px 0" },
  code: {
    fontFamily: "'Courier New', Courier, monospace",
    fontSize: "32px",
    lineHeight: "40px",
    fontWeight: 700,
    letterSpacing: "8px",
    color: "#18181b",
    textAlign: "center" as const,
    backgroundColor: "#f4f4f5",
    padding: "16px",
    margin: "0 0 16px",
    borderRadius: "6px",
  },
};

interface LayoutProps {
  locale: Locale;
  brand: Branding;
  /** Inbox preview line (hidden in the body, left out of the plain text). */
  preview: string;
  heading: string;
  reference: string;
  children: ReactNode;
}

export function Layout({ locale, brand, preview, heading, reference, children }: LayoutProps) {
  const t = COPY[locale];
  const dpoIsEmail = EMAIL_PATTERN.test(brand.dpoContact.trim());
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section>
            {brand.logoUrl ? (
              <Img src={brand.logoUrl} alt={brand.companyName} height="40" style={{ margin: "0 0 16px" }} />
            ) : (
              <Text style={styles.companyName}>{brand.companyName}</Text>
            )}
          </Section>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          <Text style={styles.reference}>
            {t.reference} <strong>{reference}</strong>
          </Text>
          <Text style={styles.text}>{t.hello}</Text>
          <WordingParagraph brand={brand} slot="intro" />
          {children}
          <WordingParagraph brand={brand} slot="outro" />
          <Text style={styles.text}>{t.signature(brand.companyName)}</Text>
          <Hr style={styles.hr} />
          <Text style={styles.footer}>{t.about(brand.companyName)}</Text>
          <Text style={styles.footer}>
            {t.dpo}{" "}
            {dpoIsEmail ? (
              <Link href={`mailto:${brand.dpoContact.trim()}`}>{brand.dpoContact.trim()}</Link>
            ) : (
              brand.dpoContact
            )}
          </Text>
          <Text style={styles.footer}>
            {t.privacy} <Link href={brand.privacyPolicyUrl}>{brand.privacyPolicyUrl}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph of body text. */
export function P({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}

/** Text typed by a person (staff message, reasons): escaped by React, line breaks kept. */
export function Quote({ text }: { text: string }) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return (
    <Text style={styles.quote}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </Text>
  );
}

/** A bulleted list (plain text: one " * " line per item). Item content is escaped by React. */
export function List({ items }: { items: ReactNode[] }) {
  return (
    <ul style={styles.list}>
      {items.map((item, i) => (
        <li key={i} style={styles.listItem}>
          {item}
        </li>
      ))}
    </ul>
  );
}

/** Call-to-action button in the brand colour, followed by the bare URL (HTML only; the plain text already carries it). */
export function CtaButton({
  href,
  label,
  brand,
  locale,
}: {
  href: string;
  label: string;
  brand: Branding;
  locale: Locale;
}) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      <Button
        href={href}
        style={{
          backgroundColor: safeColor(brand.primaryColor),
          color: "#ffffff",
          fontSize: "16px",
          fontWeight: 700,
          textDecoration: "none",
          borderRadius: "6px",
          padding: "14px 24px",
          display: "inline-block",
        }}
      >
        {label}
      </Button>
      <Text style={{ ...styles.small, margin: "12px 0 0" }} data-skip-in-text={true}>
        {COPY[locale].buttonFallback} <Link href={href}>{href}</Link>
      </Text>
    </Section>
  );
}

/** "label: URL" as a paragraph, with the URL spelled out in both versions. */
export function LinkLine({ label, href }: { label: string; href: string }) {
  return (
    <Text style={styles.text}>
      {label} <Link href={href}>{href}</Link>
    </Text>
  );
}

/** A verification code in large monospace type. */
export function Code({ code }: { code: string }) {
  return <Text style={styles.code}>{code}</Text>;
}
