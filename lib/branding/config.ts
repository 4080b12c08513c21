import { env } from "@/lib/env";

/** Company branding shown in the portal and mails; set by environment (see .env.example). */
export interface Branding {
  companyName: string;
  logoUrl: string | null;
  primaryColor: string;
  privacyPolicyUrl: string;
  dpoContact: string;
  /** The controller's postal address, when configured: its identity and contact in an access report. */
  companyAddress: string | null;
}

export function branding(): Branding {
  const e = env();
  return {
    companyName: e.COMPANY_NAME,
    logoUrl: e.COMPANY_LOGO_URL || null,
    primaryColor: e.BRAND_COLOR,
    privacyPolicyUrl: e.PRIVACY_POLICY_URL,
    dpoContact: e.DPO_CONTACT,
    companyAddress: e.COMPANY_ADDRESS || null,
  };
}
