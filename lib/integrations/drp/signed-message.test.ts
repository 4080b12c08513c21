import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DrpError } from "./errors";
import { openSignedMessage, verifyKeyFromBase64 } from "./signed-message";

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const raw = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
  return { verifyKey: raw.toString("base64"), privateKey };
}

/** What an agent sends: libsodium's combined mode (signature ‖ message), base64. */
function signCombined(message: object, privateKey: ReturnType<typeof keyPair>["privateKey"]): string {
  const bytes = Buffer.from(JSON.stringify(message));
  return Buffer.concat([sign(null, bytes, privateKey), bytes]).toString("base64");
}

describe("DRP signed messages", () => {
  it("opens a message signed by the agent's key", () => {
    const agent = keyPair();
    const body = signCombined({ "agent-id": "AGENT_A", exercise: "access" }, agent.privateKey);
    expect(openSignedMessage(body, verifyKeyFromBase64(agent.verifyKey))).toEqual({
      "agent-id": "AGENT_A",
      exercise: "access",
    });
  });

  it("refuses a message signed by another key, or changed after signing (403)", () => {
    const agent = keyPair();
    const other = keyPair();
    const body = signCombined({ "agent-id": "AGENT_A" }, other.privateKey);
    expect(() => openSignedMessage(body, verifyKeyFromBase64(agent.verifyKey))).toThrow(DrpError);
    const good = Buffer.from(signCombined({ "agent-id": "AGENT_A" }, agent.privateKey), "base64");
    good[good.length - 3] = good[good.length - 3]! ^ 1;
    try {
      openSignedMessage(good.toString("base64"), verifyKeyFromBase64(agent.verifyKey));
      expect.unreachable();
    } catch (err) {
      expect((err as DrpError).status).toBe(403);
    }
  });

  it("refuses text that is not base64 or too short (400)", () => {
    const key = verifyKeyFromBase64(keyPair().verifyKey);
    expect(() => openSignedMessage("{not base64}", key)).toThrow(/base64/);
    expect(() => openSignedMessage(Buffer.alloc(10).toString("base64"), key)).toThrow(/too short/);
  });

  it("accepts only a 32-byte base64 verify key", () => {
    expect(() => verifyKeyFromBase64(Buffer.alloc(31).toString("base64"))).toThrow(/32-byte/);
    expect(() => verifyKeyFromBase64("not a key!")).toThrow(/32-byte/);
  });
});
