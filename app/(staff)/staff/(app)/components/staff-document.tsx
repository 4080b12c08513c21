import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ReactNode } from "react";
import type { StaffSession } from "@/lib/auth/session";
import { escapeHtml, renderStaticMarkup } from "@/lib/http/static-markup";
import { staffMessages } from "@/lib/i18n/staff";
import { minifyCss } from "@/app/(portal)/_static/portal-css";
import { BellLink, StaffChrome, type ChromeLink } from "./staff-chrome";
import { LanguageSwitchForm } from "../../language-switch-form";

/** A plain link: the static document carries no client router. */
const PlainLink: ChromeLink = ({ children, ...props }) => <a {...props}>{children}</a>;

// Literal paths (not joined from variables): the build's file tracing then follows these files only.
const SHEETS = () => [
  fs.readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8"),
  fs.readFileSync(path.join(process.cwd(), "app", "(staff)", "staff.css"), "utf8"),
  fs.readFileSync(path.join(process.cwd(), "app", "(staff)", "staff", "(app)", "notifications", "watch.css"), "utf8"),
];
/** The static documents' own style sheets, by the name their URL carries. */
export const PAGE_SHEETS = {
  queue: () =>
    fs.readFileSync(path.join(process.cwd(), "app", "(staff)", "staff", "(app)", "requests", "queue.css"), "utf8"),
} as const;
export type PageSheet = keyof typeof PAGE_SHEETS;
const cssCache = new Map<PageSheet, { css: string; hash: string }>();

/**
 * The style sheets a staff page gets from the React layouts (global, staff, bell) and the page's own, as
 * one minified text read once per process from the source tree (`next start` runs from the project root),
 * with a hash of its content for its URL (styles/[file]/route.ts serves it cached for a year: a changed
 * sheet has a new URL). Linked rather than inlined: 18 kB that every page would otherwise carry and compress.
 */
export function staffCss(sheet: PageSheet): { css: string; hash: string } {
  let entry = cssCache.get(sheet);
  if (entry === undefined) {
    const css = [...SHEETS(), PAGE_SHEETS[sheet]()].map(minifyCss).join("");
    entry = { css, hash: createHash("sha256").update(css).digest("base64url").slice(0, 16) };
    cssCache.set(sheet, entry);
  }
  return entry;
}

export const staffCssHref = (sheet: PageSheet) => `/staff/styles/${sheet}-${staffCss(sheet).hash}.css`;

/** next-auth's CSRF token (the part of its cookie before "|"), for the sign-out form. */
export function csrfTokenOf(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === "next-auth.csrf-token" || name === "__Host-next-auth.csrf-token")
      return decodeURIComponent(rest.join("=")).split("|")[0] || null;
  }
  return null;
}

export interface StaffDocumentInput {
  staff: StaffSession;
  title: string;
  nonce: string | null;
  /** The page's own style sheet (PAGE_SHEETS). */
  pageSheet: PageSheet;
  unread: number;
  csrfToken: string | null;
  /** This page's address, where the language switch comes back to. */
  back: string;
  children: ReactNode;
  /** The bell as rendered (staffDocumentHtml's slot); by default the link for `unread`. */
  bell?: ReactNode;
}

/**
 * A whole back-office page as HTML with no React client runtime (issue 16): the same chrome as the React
 * layout (StaffChrome), with the language switch and sign-out as plain POST forms.
 */
export function staffDocument(p: StaffDocumentInput): string {
  const locale = p.staff.locale ?? "en";
  const t = staffMessages(locale).chrome;
  const html = renderStaticMarkup(
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{p.title}</title>
        <meta name="robots" content="noindex" />
        <link rel="stylesheet" href={staffCssHref(p.pageSheet)} />
      </head>
      <body>
        <StaffChrome
          staff={p.staff}
          Link={PlainLink}
          bell={p.bell ?? <BellLink n={p.unread} locale={locale} Link={PlainLink} />}
          languageSwitch={<LanguageSwitchForm locale={locale} action="/staff/language" back={p.back} />}
          signOut={
            <form method="post" action="/api/auth/signout" className="inline">
              {p.csrfToken ? <input type="hidden" name="csrfToken" value={p.csrfToken} /> : null}
              <input type="hidden" name="callbackUrl" value="/staff/signin" />
              <button type="submit" className="linkbutton">
                {t.signOut}
              </button>
            </form>
          }
        >
          {p.children}
        </StaffChrome>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${html}`;
}

const MARK = (name: string) => `@@DSR:${name}@@`;
const MARKS = /@@DSR:(\w+)@@/;
type Slot = "TITLE" | "BELL" | "NAME" | "BACK" | "CSRF" | "BODY";
/** Per language and role: the document cut around its per-request slots (text at even indexes, slots at odd). */
const templates = new Map<string, string[]>();
const bells = new Map<string, string>();

function template(locale: "en" | "fr", role: StaffSession["role"], pageSheet: PageSheet): string[] {
  const key = `${locale}:${role}:${pageSheet}`;
  let parts = templates.get(key);
  if (!parts) {
    const html = staffDocument({
      staff: { id: "", email: "", name: MARK("NAME"), role, locale },
      title: MARK("TITLE"),
      nonce: null,
      pageSheet,
      unread: 0,
      csrfToken: MARK("CSRF"),
      back: MARK("BACK"),
      children: MARK("BODY"),
      bell: MARK("BELL"),
    });
    // The sign-out form's token field is left out when the browser sent no CSRF cookie: the slot is the field.
    const csrfField = `<input type="hidden" name="csrfToken" value="${MARK("CSRF")}"/>`;
    if (!html.includes(csrfField)) throw new Error("staff document: the CSRF field moved");
    parts = html.replace(csrfField, MARK("CSRF")).split(MARKS);
    templates.set(key, parts);
  }
  return parts;
}

function bellHtml(n: number, locale: "en" | "fr"): string {
  const key = `${locale}:${n > 99 ? 100 : n}`;
  let html = bells.get(key);
  if (html === undefined) {
    html = renderStaticMarkup(<BellLink n={n} locale={locale} Link={PlainLink} />);
    bells.set(key, html);
  }
  return html;
}

/**
 * The same document as `staffDocument`, for a page that renders its body as a string (the queue): the
 * chrome is rendered once per language, role and style sheet (the same components, with markers where
 * the member's name, the title, the bell, the page's own address, the CSRF field and the body go) and
 * then only filled in, so a request pays for escaping its few values, not for rendering the chrome.
 */
export function staffDocumentHtml(p: Omit<StaffDocumentInput, "children"> & { body: string }): string {
  const locale = p.staff.locale ?? "en";
  const parts = template(locale, p.staff.role, p.pageSheet);
  const slots: Record<Slot, string> = {
    TITLE: escapeHtml(p.title),
    BELL: bellHtml(p.unread, locale),
    NAME: escapeHtml(p.staff.name),
    BACK: escapeHtml(p.back),
    CSRF: p.csrfToken ? `<input type="hidden" name="csrfToken" value="${escapeHtml(p.csrfToken)}"/>` : "",
    BODY: p.body,
  };
  let out = "";
  for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i]! : slots[parts[i] as Slot];
  return out;
}
