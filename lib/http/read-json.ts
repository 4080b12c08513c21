import { DomainError } from "@/lib/domain/errors";
import { errorResponse } from "./api-route";
import { readCappedText } from "./read-capped";

export const MAX_JSON_BYTES = 64 * 1024;

/**
 * Reads a JSON body with the checks a public endpoint needs: 415 for other content types, 413 past
 * the size limit (counted while streaming, not trusted from Content-Length), 400 for broken JSON.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = MAX_JSON_BYTES,
): Promise<{ ok: true; value: unknown; raw: string } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) {
    return {
      ok: false,
      response: errorResponse(415, "unsupported_media_type", "Send the request as application/json."),
    };
  }
  const raw = await readCappedText(request, maxBytes);
  if (raw === null) return { ok: false, response: tooLarge(maxBytes) };
  try {
    return { ok: true, value: JSON.parse(raw), raw };
  } catch {
    throw new DomainError("invalid_request", "The body is not valid JSON.", { _: "invalid JSON" });
  }
}

function tooLarge(maxBytes: number) {
  return errorResponse(413, "payload_too_large", `The body must be at most ${Math.round(maxBytes / 1024)} kB.`);
}
