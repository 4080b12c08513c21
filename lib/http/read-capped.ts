/**
 * A request's or response's body as text, or null past `maxBytes`: counted while streaming (a
 * declared Content-Length is only used to refuse early, never trusted). The stream is cancelled
 * when the limit is passed.
 */
export async function readCappedText(
  message: { headers: Headers; body: ReadableStream<Uint8Array> | null },
  maxBytes: number,
): Promise<string | null> {
  if (Number(message.headers.get("content-length") ?? "0") > maxBytes) {
    await message.body?.cancel();
    return null;
  }
  const reader = message.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
