import { parentPort } from "node:worker_threads";
import { stagedTexts } from "./package-rows";
import { SetPacker } from "./set-packer";
import type { ToThread } from "./pack-thread";

/**
 * The pack thread (pack-thread.ts): SetPackers run here, off the workers' main thread, so that the main
 * thread goes on reading the COPY while the rows are written and deflated.
 */
const port = parentPort!;
const sessions = new Map<number, { packer: SetPacker; chain: Promise<void> }>();

port.on("message", (m: ToThread) => {
  if (m.type === "start") {
    const packer = new SetPacker(stagedTexts(m.columns), async (part, seq, bytes) => {
      port.postMessage({ id: m.id, type: "part", part, seq, bytes });
    });
    sessions.set(m.id, { packer, chain: Promise.resolve() });
    return;
  }
  const s = sessions.get(m.id);
  if (!s) return;
  if (m.type === "drop") {
    s.packer.destroy();
    sessions.delete(m.id);
    return;
  }
  s.chain = s.chain
    .then(async () => {
      if (m.type === "batch") {
        await s.packer.add(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength), m.rows);
        port.postMessage({ id: m.id, type: "ack" });
      } else {
        const packed = await s.packer.finish();
        s.packer.destroy();
        sessions.delete(m.id);
        port.postMessage({ id: m.id, type: "done", packed });
      }
    })
    .catch((err: Error) => {
      s.packer.destroy();
      sessions.delete(m.id);
      port.postMessage({ id: m.id, type: "error", message: err.message });
    });
});
port.postMessage({ id: 0, type: "ready" });
