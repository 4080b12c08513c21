/**
 * Checks on a server-action body (a portal form posted with or without JavaScript) that Next.js would
 * otherwise answer with a 500: a multipart body that does not parse (busboy: "Unexpected end of form"),
 * and action arguments nested so deep that React's reply decoder overflows the stack. Pure: the web
 * server buffers the body (it is capped) and asks this before handing the request to Next.
 */
export const MAX_NESTING = 64;

export type ActionBodyProblem = { message: string } | null;

export function checkActionBody(contentType: string, body: Buffer): ActionBodyProblem {
  const type = contentType.toLowerCase();
  if (type.startsWith("multipart/form-data")) return checkMultipart(contentType, body);
  if (type.startsWith("text/plain")) return nestingOf(body.toString("utf8")) > MAX_NESTING ? tooDeep() : null;
  return null;
}

const tooDeep = () => ({ message: `The form data is nested more than ${MAX_NESTING} levels deep.` });

function checkMultipart(contentType: string, body: Buffer): ActionBodyProblem {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const b = boundary?.[1] ?? boundary?.[2];
  if (!b) return { message: "The multipart form has no boundary." };
  const text = body.toString("latin1");
  const delimiter = `--${b}`;
  if (!text.startsWith(delimiter)) return { message: "The multipart form does not start with its boundary." };
  const end = text.lastIndexOf(`${delimiter}--`);
  if (end < 0 || text.slice(end + delimiter.length + 2).trim() !== "")
    return { message: "The multipart form is cut short (no closing boundary)." };
  for (const part of text.slice(0, end).split(`\r\n${delimiter}`)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    const rest = part.startsWith(delimiter) ? part.slice(delimiter.length) : part;
    if (rest.trim() === "") continue;
    if (headerEnd < 0 || !/content-disposition:\s*form-data/i.test(part.slice(0, headerEnd)))
      return { message: "A part of the multipart form has no Content-Disposition." };
    const name = /name="([^"]*)"/i.exec(part.slice(0, headerEnd))?.[1] ?? "";
    if (name.startsWith("$ACTION") || /^\d+$/.test(name)) {
      if (nestingOf(Buffer.from(part.slice(headerEnd + 4), "latin1").toString("utf8")) > MAX_NESTING) return tooDeep();
    }
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
