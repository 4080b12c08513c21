import net from "node:net";
import { expect, it } from "vitest";
import { assertPortFree, freePort } from "./ports";

it("names the port and its use when something else listens there", async () => {
  const port = await freePort();
  const server = net.createServer().listen(port, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  await expect(assertPortFree(port, "embedded Redis", "REDIS_PORT")).rejects.toThrow(
    `Port ${port} (embedded Redis) is already in use`,
  );
  server.close();
  await expect(assertPortFree(port, "embedded Redis", "REDIS_PORT")).resolves.toBeUndefined();
});
