import { detail, type ErrorDetail } from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import { readCappedText } from "./read-capped";

export const MAX_JSON_BYTES = 64 * 1024;

/**
 * Reads a JSON body with the checks a public endpoint needs: 415 for other content types, 413 past
 * the size limit (counted while streaming, not trusted from Content-Length), 400 for broken JSON.
 * Refusals are thrown as domain errors for the route wrapper's error boundary.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = MAX_JSON_BYTES,
): Promise<{ value: unknown; raw: string }> {
  requireJsonContentType(request, detail("common.json_required"));
  const raw = await readCappedText(request, maxBytes);
  if (raw === null) throw tooLarge(maxBytes);
  try {
    return { value: JSON.parse(raw), raw };
  } catch {
    throw new DomainError("invalid_request", detail("common.body_not_json"), { _: "invalid JSON" });
  }
}

/** `message`: a detail key where staff can read the refusal (their language), plain English for machines. */
export function requireJsonContentType(request: Request, message: string | ErrorDetail): void {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) throw new DomainError("unsupported_media_type", message);
}

export function tooLarge(maxBytes: number): DomainError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${Math.round(maxBytes / 1024)} kB`;
  return new DomainError("payload_too_large", detail("common.body_too_large", { size }));
}
