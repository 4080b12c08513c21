import { DomainError } from "@/lib/dsr/errors";
import { errorResponse } from "./api-route";

export const MAX_JSON_BYTES = 64 * 1024;

/**
 * Reads a JSON body with the checks a public endpoint needs: 415 for other content types, 413 past
 * the size limit (counted while streaming, not trusted from Content-Length), 400 for broken JSON.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<{ ok: true; value: unknown; raw: string } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type.trim())) {
    return { ok: false, response: errorResponse(415, "unsupported_media_type", "Send the request as application/json.") };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, response: tooLarge(maxBytes) };
      }
      chunks.push(value);
    }
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  try {
    return { ok: true, value: JSON.parse(raw), raw };
  } catch {
    throw new DomainError("invalid_request", "The body is not valid JSON.", { _: "invalid JSON" });
  }
}

function tooLarge(maxBytes: number) {
  return errorResponse(413, "payload_too_large", `The body must be at most ${Math.round(maxBytes / 1024)} kB.`);
}
