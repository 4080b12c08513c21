/**
 * The type of an uploaded permission document, from its first bytes (never the file name or the
 * browser's type): PDF (`%PDF-`), PNG (its 8-byte signature) or JPEG (`FF D8 FF`); anything else is null.
 */
export type PermissionDocumentType = "application/pdf" | "image/png" | "image/jpeg";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function detectPermissionType(bytes: Uint8Array): PermissionDocumentType | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG)) return "image/png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  return null;
}

export const PERMISSION_EXTENSIONS: Record<PermissionDocumentType, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
};
