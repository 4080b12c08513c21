import type { Branding } from "@/lib/branding/config";
import type { Locale } from "@/lib/domain/locale";

/** The brand the subject-facing mail template tests render with. */
export const testBrand: Branding = {
  companyName: "Maison Dupont",
  logoUrl: null,
  primaryColor: "#c2410c",
  privacyPolicyUrl: "https://shop.example.com/privacy",
  dpoContact: "dpo@shop.example.com",
  companyAddress: null,
};

export const LOCALES: Locale[] = ["fr", "en"];

/** React separates adjacent text nodes with <!-- --> in server-rendered HTML. */
export const joined = (html: string) => html.replaceAll("<!-- -->", "");
