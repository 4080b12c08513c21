/**
 * A cache of rendered mails for templates whose per-mail values pass through unchanged (no formatting,
 * no branching on them): the verification mail differs from one intake to the next only by its
 * reference, link and code, while rendering it (React, then HTML to plain text) costs milliseconds of
 * CPU per mail — at intake rates, more than filing the request. The mail is rendered once per shape
 * (template, locale, every other parameter, brand, admin wording, and the slots' lengths) with
 * placeholders of the same length in the slots, and each later mail of that shape is the cached text with
 * its values put back. Only values that neither HTML escaping nor the plain-text wrapping can change are
 * put back this way (letters, digits and URL punctuation without `&`, `<`, `>`, quotes or spaces); any
 * other value renders as before. The first mail of each shape is also rendered directly and compared:
 * a shape whose substituted text differs in any byte is never served from the cache.
 */

/** The parameters of a template that pass through unchanged, per cacheable template. */
export const PASS_THROUGH_SLOTS: Readonly<Record<string, readonly string[]>> = {
  verification: ["reference", "verifyUrl", "code"],
};

export type Rendered = { subject: string; text: string; html: string };

const SAFE_VALUE = /^[A-Za-z0-9._~:/?=%+,;@!$*()_-]{5,512}$/;
const MAX_SHAPES = 256;

type Shape = { html: string[]; text: string[]; subject: string[]; slots: string[]; proven: boolean } | "uncacheable";
const shapes = new Map<string, Shape>();

/** Splits a rendered string at every placeholder: parts[0] v parts[1] v … in the order found. */
function cut(s: string, placeholders: string[]): string[] {
  const pattern = new RegExp(placeholders.join("|"), "g");
  const parts: string[] = [];
  let last = 0;
  for (const m of s.matchAll(pattern)) {
    parts.push(s.slice(last, m.index), m[0]);
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  return parts;
}

/** Puts each slot's value where its placeholder was. */
function fill(parts: string[], byPlaceholder: Map<string, string>): string {
  return parts.map((p, i) => (i % 2 === 1 ? byPlaceholder.get(p)! : p)).join("");
}

/** A placeholder as long as the value, of letters only (no break point), unique per slot and render. */
function placeholderFor(value: string, i: number, nonce: string): string {
  const scheme = /^https?:\/\//i.exec(value)?.[0] ?? "";
  const marker = `Zq${nonce}${i}Q`;
  const body = value.length - scheme.length;
  if (body < marker.length + 1) return "";
  return scheme + marker + "z".repeat(body - marker.length);
}

let renders = 0;

/**
 * Renders through the cache when the template and the values allow it, else calls `render` directly.
 * `render(params)` must be a pure function of the params (and of what `extraKey` names).
 */
export async function renderCached(
  name: string,
  params: Record<string, unknown>,
  extraKey: unknown,
  render: (params: Record<string, unknown>) => Promise<Rendered>,
): Promise<Rendered> {
  const slots = PASS_THROUGH_SLOTS[name];
  if (!slots || !slots.every((s) => typeof params[s] === "string" && SAFE_VALUE.test(params[s] as string)))
    return render(params);
  const values = slots.map((s) => params[s] as string);
  const rest = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, slots.includes(k) ? (v as string).length : v]),
  );
  const key = JSON.stringify([name, rest, extraKey]);
  const shape = shapes.get(key);
  if (shape === "uncacheable") return render(params);
  if (shape) {
    const byPlaceholder = new Map(shape.slots.map((p, i) => [p, values[i]!]));
    const out = {
      subject: fill(shape.subject, byPlaceholder),
      text: fill(shape.text, byPlaceholder),
      html: fill(shape.html, byPlaceholder),
    };
    if (shape.proven) return out;
    // The second mail of a shape is checked too: the first only proved the placeholders' own values.
    const direct = await render(params);
    const same = direct.html === out.html && direct.text === out.text && direct.subject === out.subject;
    remember(key, same ? { ...shape, proven: true } : "uncacheable");
    return direct;
  }
  const nonce = (renders++ % 1e6).toString(36);
  const placeholders = values.map((v, i) => placeholderFor(v, i, nonce));
  if (placeholders.some((p) => p === "")) return render(params);
  const withPlaceholders = await render({
    ...params,
    ...Object.fromEntries(slots.map((s, i) => [s, placeholders[i]])),
  });
  const direct = await render(params);
  const byPlaceholder = new Map(placeholders.map((p, i) => [p, values[i]!]));
  const parts = {
    subject: cut(withPlaceholders.subject, placeholders),
    text: cut(withPlaceholders.text, placeholders),
    html: cut(withPlaceholders.html, placeholders),
  };
  const same =
    fill(parts.html, byPlaceholder) === direct.html &&
    fill(parts.text, byPlaceholder) === direct.text &&
    fill(parts.subject, byPlaceholder) === direct.subject;
  remember(key, same ? { ...parts, slots: placeholders, proven: false } : "uncacheable");
  return direct;
}

function remember(key: string, shape: Shape) {
  shapes.delete(key);
  shapes.set(key, shape);
  // Oldest first out: a shape lives as long as its due date (a day) is being mailed.
  while (shapes.size > MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
}

/** For tests: how many shapes are cached and how many of them were found uncacheable. */
export function renderCacheStats(): { shapes: number; uncacheable: number } {
  let uncacheable = 0;
  for (const s of shapes.values()) if (s === "uncacheable") uncacheable++;
  return { shapes: shapes.size, uncacheable };
}
