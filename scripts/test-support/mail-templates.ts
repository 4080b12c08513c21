import type { Branding } from "@/lib/branding/config";
import type { MailLocale } from "@/lib/mail/templates";

/** The brand the subject-facing mail template tests render with. */
export const testBrand: Branding = {
  companyName: "Maison Dupont",
  logoUrl: null,
  primaryColor: "#c2410c",
  privacyPolicyUrl: "https://shop.example.com/privacy",
  dpoContact: "dpo@shop.example.com",
};

export const LOCALES: MailLocale[] = ["fr", "en"];

/** React separates adjacent text nodes with <!-- --> in server-rendered HTML. */
export const joined = (html: string) => html.replaceAll("<!-- -->", "");
