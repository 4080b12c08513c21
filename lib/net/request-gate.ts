/**
 * Checks made in front of Next (scripts/next-server.ts) on what any client can send, so that nothing a
 * client sends gets a 500: a method Next does not serve, a path whose percent-encoding does not decode
 * (Next throws URIError), a NUL in the URL, a declared body over the limit. Pure, for the unit tests.
 */
export interface GateRefusal {
  status: 400 | 405 | 413;
  message: string;
  headers?: Record<string, string>;
}

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export const DEFAULT_BODY_LIMIT_BYTES = 1_048_576;
/** The one form that uploads a file (app/(portal)/[locale]/agent/submit/route.ts). */
const UPLOAD_PATH = /^\/(fr|en)\/agent\/submit$/;
/** The pages whose forms post thread attachments: the subject's status page and a staff request page. */
const ATTACHMENT_PATH = /^\/((fr|en)\/status\/[^/]+|staff\/requests\/[0-9a-f-]{36})$/i;

/**
 * The body limit of a POST to `url`: the base limit, or more for the forms that upload files (the agent's
 * permission; up to 3 thread attachments on the status page and the staff request page).
 */
export function bodyLimitFor(p: {
  method: string | undefined;
  url: string | undefined;
  bodyLimitBytes?: number;
  uploadLimitBytes?: number;
  attachmentLimitBytes?: number;
}): number {
  const base = p.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  if ((p.method ?? "GET").toUpperCase() !== "POST") return base;
  let path: string;
  try {
    path = decodeURIComponent((p.url ?? "/").split("?")[0]!);
  } catch {
    return base;
  }
  if (UPLOAD_PATH.test(path)) return Math.max(base, p.uploadLimitBytes ?? 0);
  if (ATTACHMENT_PATH.test(path)) return Math.max(base, p.attachmentLimitBytes ?? 0);
  return base;
}

export function gateRequest(p: {
  method: string | undefined;
  url: string | undefined;
  contentLength: string | undefined;
  bodyLimitBytes?: number;
  /** The larger limit of the authorised agent's upload (a signed permission up to AGENT_PERMISSION_MAX_BYTES). */
  uploadLimitBytes?: number;
  /** The larger limit of a message with attachments (3 × ATTACHMENT_MAX_BYTES and the form). */
  attachmentLimitBytes?: number;
}): GateRefusal | null {
  const method = (p.method ?? "GET").toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(method))
    return {
      status: 405,
      message: `Method ${method.slice(0, 20)} is not allowed.`,
      headers: { allow: ALLOWED_METHODS.join(", ") },
    };
  const url = p.url ?? "/";
  const q = url.indexOf("?");
  const pathname = q >= 0 ? url.slice(0, q) : url;
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: "The address has a malformed percent-encoding." };
  }
  if (decodedPath.includes("\0") || (q >= 0 && hasNul(url.slice(q + 1))))
    return { status: 400, message: "The address contains a NUL character." };
  const limit = bodyLimitFor(p);
  if (p.contentLength !== undefined) {
    const length = Number(p.contentLength);
    if (!Number.isFinite(length) || length < 0)
      return { status: 400, message: "The Content-Length header is not a number." };
    if (length > limit) return { status: 413, message: `The request body is larger than ${limit} bytes.` };
  }
  return null;
}

function hasNul(query: string): boolean {
  if (/%00/i.test(query)) return true;
  for (const part of query.split(/[&=]/)) {
    try {
      if (decodeURIComponent(part.replace(/\+/g, " ")).includes("\0")) return true;
    } catch {
      // A malformed query component is left to the page, which reads it through URLSearchParams.
    }
  }
  return false;
}
