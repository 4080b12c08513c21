import { detectPermissionType } from "@/lib/requests/agent/permission-document";
import { DomainError } from "@/lib/domain/errors";
import { detail } from "@/lib/domain/error-details";

/** What a thread attachment may be, by content: the agent-permission types plus plain text. */
export type AttachmentType = "application/pdf" | "image/png" | "image/jpeg" | "text/plain";

export const MAX_ATTACHMENTS_PER_MESSAGE = 3;

/**
 * Plain text: valid UTF-8 without NUL or other control characters than tab, line feed, carriage
 * return and form feed (so an executable, an archive or an HTML page renamed .txt is refused by the
 * HTML check below or by its binary bytes).
 */
function isPlainText(b: Buffer): boolean {
  if (b.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  // Markup served back could run in a browser that sniffs; a reply in HTML is not plain text.
  return !/^\s*<(!doctype|html|script|svg|\?xml)/i.test(text);
}

/** The type of a file from its first bytes (never its name or the browser's type), or null. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return detectPermissionType(b) ?? (isPlainText(b) ? "text/plain" : null);
}

/** A file name safe to show and to put in a Content-Disposition: no path, no control characters, ≤ 120. */
export function cleanFileName(name: string, type: AttachmentType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, "")
    .trim()
    .slice(0, 120);
  const ext = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", "text/plain": "txt" }[type];
  return clean || `attachment.${ext}`;
}

export interface CheckedAttachment {
  fileName: string;
  type: AttachmentType;
  bytes: Buffer;
}

/**
 * Checks files about to be attached: at most 3, each non-empty, at most `maxBytes`, and a PDF, PNG,
 * JPEG or plain text by content. Refusals name the field `attachments`: 413 too large, 415 wrong type.
 */
export function checkAttachments(files: { name: string; bytes: Buffer }[], maxBytes: number): CheckedAttachment[] {
  const present = files.filter((f) => f.bytes.length > 0 || f.name !== "");
  if (present.length > MAX_ATTACHMENTS_PER_MESSAGE)
    throw new DomainError("invalid_request", detail("requests.too_many_files"), {
      attachments: `at most ${MAX_ATTACHMENTS_PER_MESSAGE} files per message`,
    });
  return present.map((f) => {
    if (f.bytes.length === 0)
      throw new DomainError("invalid_request", detail("requests.file_empty", { file: f.name }), {
        attachments: "a file is empty",
      });
    if (f.bytes.length > maxBytes)
      throw new DomainError("payload_too_large", detail("requests.file_too_large", { file: f.name }), {
        attachments: `each file must be at most ${Math.floor(maxBytes / 1024 / 1024)} MB`,
      });
    const type = detectAttachmentType(f.bytes);
    if (!type)
      throw new DomainError("unsupported_media_type", detail("requests.file_wrong_type", { file: f.name }), {
        attachments: "must be a PDF, PNG, JPEG or plain-text file",
      });
    return { fileName: cleanFileName(f.name, type), type, bytes: f.bytes };
  });
}
