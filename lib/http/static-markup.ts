import { Fragment, type ReactNode } from "react";

/**
 * Renders a tree of plain React elements (host elements and server components without hooks) to HTML,
 * as `react-dom/server`'s `renderToStaticMarkup` would, for App Router route handlers: they run in the
 * React Server Components layer, where `react-dom/server` is not available ("not supported in React
 * Server Components"). A page rendered this way ships no script at all (the portal home, issue 16).
 *
 * Supported: strings, numbers, arrays, fragments, function components (called once, no hooks or context),
 * host elements with string/number/boolean attributes, `style` objects, `dangerouslySetInnerHTML`, and
 * `defaultValue`/`value` on a `<select>` (the matching `<option>` gets `selected`). Anything else (a client
 * component, a class component, a promise) throws rather than render something different from React.
 */
export function renderStaticMarkup(node: ReactNode): string {
  return render(node, null);
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
/** React's names for the few props whose HTML attribute is spelt differently. */
const ALIASES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  httpEquiv: "http-equiv",
  acceptCharset: "accept-charset",
  tabIndex: "tabindex",
  strokeWidth: "stroke-width",
  strokeLinecap: "stroke-linecap",
  strokeLinejoin: "stroke-linejoin",
};
const BOOLEAN = new Set([
  "allowFullScreen",
  "async",
  "autoFocus",
  "checked",
  "defer",
  "disabled",
  "formNoValidate",
  "hidden",
  "multiple",
  "noValidate",
  "open",
  "readOnly",
  "required",
  "reversed",
  "selected",
]);
const SKIPPED = new Set(["children", "key", "ref", "dangerouslySetInnerHTML", "suppressHydrationWarning"]);

/** React's escaping of text and attribute values. */
const SPECIAL = /[&<>"']/;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

export function escapeHtml(text: string): string {
  // Most values have nothing to escape: a test is cheaper than a replace with a callback.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITY[c]!) : text;
}

const hyphenate = (name: string) =>
  name.startsWith("--") ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function styleAttribute(style: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(style)) {
    if (value === null || value === undefined || typeof value === "boolean" || value === "") continue;
    if (typeof value !== "string") throw new Error(`renderStaticMarkup: style ${name} must be a string`);
    parts.push(`${hyphenate(name)}:${value.trim()}`);
  }
  return parts.join(";");
}

/** React writes a form's action, encType, method and target after its other attributes, in that order. */
const FORM_LAST = ["action", "encType", "method", "target"];

function ordered(type: string, props: Record<string, unknown>): [string, unknown][] {
  const entries = Object.entries(props);
  if (type !== "form") return entries;
  const last = FORM_LAST.filter((name) => name in props).map((name): [string, unknown] => [name, props[name]]);
  return [...entries.filter(([name]) => !FORM_LAST.includes(name)), ...last];
}

function attributes(type: string, props: Record<string, unknown>, selectValue: string | null): string {
  let out = "";
  for (const [name, value] of ordered(type, props)) {
    if (SKIPPED.has(name) || value === null || value === undefined) continue;
    if (typeof value === "function" || typeof value === "symbol") continue;
    if (type === "select" && (name === "value" || name === "defaultValue")) continue;
    if (name === "style") {
      const css = styleAttribute(value as Record<string, unknown>);
      if (css) out += ` style="${escapeHtml(css)}"`;
      continue;
    }
    const attr = ALIASES[name] ?? name;
    if (name.startsWith("aria-") || name.startsWith("data-")) {
      out += ` ${attr}="${escapeHtml(String(value))}"`;
    } else if (BOOLEAN.has(name)) {
      if (value) out += ` ${attr.toLowerCase()}=""`;
    } else if (typeof value !== "boolean") {
      out += ` ${attr}="${escapeHtml(String(value))}"`;
    }
  }
  if (type === "option" && selectValue !== null && props.selected === undefined) {
    const own = props.value ?? flattenText(props.children as ReactNode);
    if (String(own) === selectValue) out += ' selected=""';
  }
  return out;
}

function flattenText(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(flattenText).join("");
  return "";
}

interface Element {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

const isElement = (node: unknown): node is Element =>
  typeof node === "object" && node !== null && "$$typeof" in node && "type" in node && "props" in node;

function render(node: ReactNode, selectValue: string | null): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map((child: ReactNode) => render(child, selectValue)).join("");
  if (!isElement(node)) throw new Error("renderStaticMarkup: unsupported node");
  const { type, props } = node;
  if (type === Fragment) return render(props.children as ReactNode, selectValue);
  if (typeof type === "function") {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent)
      throw new Error("renderStaticMarkup: class components are not supported");
    return render((type as (p: unknown) => ReactNode)(props), selectValue);
  }
  if (typeof type !== "string") throw new Error("renderStaticMarkup: only host elements and function components");
  let innerSelect = selectValue;
  if (type === "select") {
    const v = props.value ?? props.defaultValue;
    innerSelect = v === undefined || v === null ? null : String(v);
  }
  const open = `<${type}${attributes(type, props, selectValue)}`;
  if (VOID.has(type)) return `${open}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  const body = inner?.__html ?? render(props.children as ReactNode, innerSelect);
  return `${open}>${body}</${type}>`;
}
