import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";
import { browserLocale, currentStaff } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Privacy requests — staff", robots: { index: false } };

export default async function StaffRootLayout({ children }: { children: ReactNode }) {
  const lang = (await currentStaff())?.locale ?? (await browserLocale());
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
