/** Company branding shown in the portal and mails; set by environment (see .env.example). */
export interface Branding {
  companyName: string;
  logoUrl: string | null;
  primaryColor: string;
  privacyPolicyUrl: string;
  dpoContact: string;
}

export function branding(): Branding {
  return {
    companyName: process.env.COMPANY_NAME || "Demo Shop",
    logoUrl: process.env.COMPANY_LOGO_URL || null,
    primaryColor: /^#[0-9a-fA-F]{6}$/.test(process.env.BRAND_COLOR ?? "") ? process.env.BRAND_COLOR! : "#1d4ed8",
    privacyPolicyUrl: process.env.PRIVACY_POLICY_URL || "https://example.com/privacy",
    dpoContact: process.env.DPO_CONTACT || "dpo@example.com",
  };
}
