/** The `{name}` placeholders of a detail template, as a union of names (never when it has none). */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamNames<Rest>
  : never;

export type DetailParams = Record<string, string | number>;

/**
 * Fills a detail template. A parameter with a label table (a status code, a lifecycle action) is shown
 * by its label in the reader's language; any other value (a reference, a date, a count) as it is.
 * An unknown placeholder stays visible, so a test catches it.
 */
export function renderDetail(
  template: string,
  params: DetailParams | undefined,
  labels: Record<string, Record<string, string>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!params || !(name in params)) return whole;
    const value = String(params[name]);
    const table = labels[name];
    return table && Object.hasOwn(table, value) ? table[value]! : value;
  });
}

/** The placeholder names of a template, sorted (the completeness test compares languages with it). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
