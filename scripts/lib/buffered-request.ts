import http from "node:http";

/**
 * Reads a request body up to `limit` bytes (whatever Content-Length said: chunked bodies too).
 * Resolves null when it is larger — the caller answers 413 — or when the client goes away.
 */
export function readBodyCapped(req: http.IncomingMessage, limit: number): Promise<Buffer | "too_large" | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (v: Buffer | "too_large" | null) => {
      if (done) return;
      done = true;
      resolve(v);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        return finish("too_large");
      }
      chunks.push(chunk);
    });
    req.on("end", () => finish(Buffer.concat(chunks)));
    req.on("error", () => finish(null));
    req.on("close", () => finish(req.complete ? Buffer.concat(chunks) : null));
  });
}

/** A request identical to `req` whose body is `body` again, for Next to read after we checked it. */
export function replayRequest(req: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  // Else, once read, the copy counts as aborted and its destruction takes the shared socket with it.
  copy.complete = true;
  return copy;
}
