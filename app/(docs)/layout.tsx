import type { ReactNode } from "react";
import "../globals.css";
import { browserLocale } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function DocsLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await browserLocale()}>
      <body>{children}</body>
    </html>
  );
}
