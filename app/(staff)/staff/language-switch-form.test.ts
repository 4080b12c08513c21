import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderStaticMarkup } from "@/lib/http/static-markup";
import { LanguageSwitchForm } from "./language-switch-form";

/** Each tag with its attributes in name order: two renderers may write the same attributes in another order. */
const normalised = (html: string) =>
  html.replace(/<([a-z]+)((?:\s[^\s=>]+="[^"]*")*)(\/?)>/g, (_, tag: string, attrs: string, slash: string) => {
    const list = (attrs.match(/\s[^\s=>]+="[^"]*"/g) ?? []).map((a) => a.trim()).sort();
    return `<${tag}${list.map((a) => ` ${a}`).join("")}${slash}>`;
  });

describe("LanguageSwitchForm (the staff language switch's one markup)", () => {
  const tree = (locale: "fr" | "en") =>
    createElement(LanguageSwitchForm, { locale, action: "/staff/language", back: "/staff/requests?status=new" });

  it("is a plain POST form in a static document: back address, one button per language, the current one pressed", () => {
    const html = normalised(renderStaticMarkup(tree("fr")));
    expect(html).toMatch(
      /^<form action="\/staff\/language" aria-label="Langue des écrans" class="language-switch" method="post">/,
    );
    expect(html).toContain('<input name="back" type="hidden" value="/staff/requests?status=new"/>');
    expect(html).toContain(
      '<button aria-pressed="true" class="linkbutton" lang="fr" name="locale" title="Français" type="submit" value="fr">FR</button>',
    );
    expect(html).toContain(
      '<button aria-pressed="false" class="linkbutton" lang="en" name="locale" title="English" type="submit" value="en">EN</button>',
    );
    expect(html.indexOf('value="fr"')).toBeLessThan(html.indexOf('value="en"'));
    expect(html).not.toContain("disabled");
  });

  it("renders the same HTML through React's own renderer (the React layout) as through the static one", () => {
    for (const locale of ["fr", "en"] as const)
      expect(normalised(renderStaticMarkup(tree(locale)))).toBe(normalised(renderToStaticMarkup(tree(locale))));
  });

  it("names the form in the member's language", () => {
    expect(renderStaticMarkup(tree("fr"))).toContain('aria-label="Langue des écrans"');
    expect(renderStaticMarkup(tree("en"))).toContain('aria-label="Screen language"');
  });
});
