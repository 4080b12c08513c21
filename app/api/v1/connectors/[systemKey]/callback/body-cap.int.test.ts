import { expect, it } from "vitest";
import { unixSeconds } from "@/lib/connectors/webhook/signature";
import { createTaskOf, signedCallback, webhookTestSystemForFile } from "@/scripts/test-support/webhook-system";
import { POST } from "./route";

const system = webhookTestSystemForFile();

/** A body of `total` bytes that counts how much of it the route pulled, without a Content-Length. */
function countingBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const seen = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.bytes >= total) return controller.close();
      seen.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, seen };
}

function post(key: string, headers: Record<string, string>, body: ReadableStream<Uint8Array>) {
  const request = new Request(`http://127.0.0.1/api/v1/connectors/${key}/callback`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.9", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ systemKey: key }) });
}

const SIXTEEN_MB = 16 * 1024 * 1024;
const headersOf = (timestamp = unixSeconds()) => {
  const signed = signedCallback(system, "{}", { timestamp });
  return {
    "x-dsr-timestamp": signed.timestamp!,
    "x-dsr-signature": signed.signature!,
    "x-dsr-delivery": signed.delivery!,
  };
};

it("reads nothing of the body for an unknown system, missing or malformed signature headers, or a stale timestamp", async () => {
  const cases: [string, Record<string, string>, number][] = [
    ["no-such-system", headersOf(), 404],
    [system.key, {}, 401],
    [system.key, { ...headersOf(), "x-dsr-signature": "md5=abc" }, 401],
    [system.key, headersOf(unixSeconds() - 3600), 401],
  ];
  for (const [key, headers, status] of cases) {
    const { stream, seen } = countingBody(SIXTEEN_MB);
    const res = await post(key, headers, stream);
    expect(res.status).toBe(status);
    // A stream may be asked for its first chunk when the request is built; never more.
    expect(seen.bytes).toBeLessThanOrEqual(64 * 1024);
  }
});

it("answers 413 past the cap (1 MB by default) for a known system with good headers, reading little more than the cap", async () => {
  await createTaskOf(system);
  const { stream, seen } = countingBody(SIXTEEN_MB);
  const res = await post(system.key, headersOf(), stream);
  expect(res.status).toBe(413);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  expect(seen.bytes).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024);
});
