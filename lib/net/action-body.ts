/**
 * Checks on a server-action body (a portal form posted with or without JavaScript) that Next.js would
 * otherwise answer with a 500: a multipart body that does not parse (busboy: "Unexpected end of form"),
 * and action arguments nested so deep that React's reply decoder overflows the stack. Pure: the web
 * server buffers the body (it is capped) and asks this before handing the request to Next.
 */
export const MAX_NESTING = 64;

export type ActionBodyProblem = { message: string } | null;

export async function checkActionBody(contentType: string, body: Buffer): Promise<ActionBodyProblem> {
  const type = contentType.toLowerCase();
  if (type.startsWith("multipart/form-data")) return checkMultipart(contentType, body);
  if (type.startsWith("text/plain")) return nestingOf(body.toString("utf8")) > MAX_NESTING ? tooDeep() : null;
  return null;
}

const tooDeep = () => ({ message: `The form data is nested more than ${MAX_NESTING} levels deep.` });

/**
 * Parsed with the same parser Next.js uses for a form post (the runtime's Request.formData()), so a body
 * it would fail on — cut short, no boundary, the boundary inside a value — is refused here with a 400.
 */
async function checkMultipart(contentType: string, body: Buffer): Promise<ActionBodyProblem> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return { message: "The multipart form could not be read." };
  }
  for (const [name, value] of form.entries()) {
    if (
      (name.startsWith("$ACTION") || /^\d+$/.test(name)) &&
      typeof value === "string" &&
      nestingOf(value) > MAX_NESTING
    )
      return tooDeep();
  }
  return null;
}

/** The deepest [ / { nesting outside JSON strings. */
export function nestingOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return max;
}
