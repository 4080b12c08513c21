import { appUrl } from "@/lib/env";

/** Links mailed to subjects. Secrets travel in the URL path/query only; the database keeps hashes. */
export const links = {
  verify: (locale: string, token: string) => `${appUrl()}/${locale}/verify?token=${encodeURIComponent(token)}`,
  status: (locale: string, token: string) => `${appUrl()}/${locale}/status/${encodeURIComponent(token)}`,
  portal: (locale: string) => `${appUrl()}/${locale}`,
};
