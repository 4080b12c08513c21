import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderStaticMarkup } from "./static-markup";

/** Each tree rendered by the route handlers' renderer and by react-dom/server must give the same HTML. */
const same = (node: Parameters<typeof renderToStaticMarkup>[0]) =>
  expect(renderStaticMarkup(node)).toBe(renderToStaticMarkup(node));

describe("renderStaticMarkup", () => {
  it("escapes text and attributes as React does", () => {
    same(h("p", { title: `O'Neil "q" <b> & co` }, `O'Neil "q" <script>alert(1)</script> & co`, 3, null, false));
  });

  it("spells attributes as React does (class, for, tabindex, boolean, aria, data, style)", () => {
    same(
      h(
        "main",
        { id: "main", className: "c", tabIndex: -1, style: { ["--brand"]: "#123", marginTop: "1px" } },
        h("label", { htmlFor: "x" }, "L"),
        h("a", { href: "/fr?residence=US-CA&x=1", hrefLang: "fr", lang: "fr", "aria-current": undefined }, "Fr"),
        h("p", { "data-x": false, "aria-hidden": true, hidden: true, "data-regime": undefined }, "t"),
        h("button", { className: "button secondary", type: "submit", disabled: false }, "Go"),
      ),
    );
  });

  it("marks the option a select's defaultValue names", () => {
    same(
      h(
        "select",
        { id: "s", name: "s", defaultValue: "B" },
        h("option", { value: "A" }, "A"),
        h("option", { value: "B" }, "B"),
      ),
    );
  });

  it("renders void elements, fragments, function components and raw inner HTML", () => {
    const Item = ({ label }: { label: string }) => h("li", null, label);
    same(
      h(
        Fragment,
        null,
        h("meta", { charSet: "utf-8" }),
        h("ul", null, [h(Item, { key: "a", label: "a" }), h(Item, { key: "b", label: "b" })]),
        h("style", { nonce: "abc", dangerouslySetInnerHTML: { __html: "a>b{color:red}" } }),
      ),
    );
  });

  it("refuses what it cannot render like React (async components)", () => {
    const Async = async () => h("p", null, "x");
    expect(() => renderStaticMarkup(h(Async))).toThrow(/unsupported/);
  });
});

describe("renderStaticMarkup: SVG presentation attributes", () => {
  it("writes stroke attributes as React does (hyphenated)", () => {
    const svg = h("svg", { viewBox: "0 0 24 24", strokeWidth: "2", strokeLinecap: "round", strokeLinejoin: "round" });
    expect(renderStaticMarkup(svg)).toBe(renderToStaticMarkup(svg));
    expect(renderStaticMarkup(svg)).toContain('stroke-linejoin="round"');
  });
});
