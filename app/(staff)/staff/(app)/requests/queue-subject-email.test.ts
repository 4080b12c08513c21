import { describe, expect, it, vi } from "vitest";
import { encryptSubjectFields } from "@/lib/requests/subject-fields";
import { clearQueueSubjectEmails, queueSubjectEmail } from "./queue-subject-email";

vi.hoisted(() => {
  const key = Buffer.alloc(32, 9).toString("base64");
  for (const [name, value] of Object.entries({
    DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
    REDIS_URL: "redis://127.0.0.1:1",
    SMTP_URL: "smtp://127.0.0.1:1",
    AUTH_SECRET: "x".repeat(43),
    DATA_ENCRYPTION_KEYS: `k1:${key}`,
    BLIND_INDEX_KEY: key,
  }))
    process.env[name] ??= value;
});

const sealed = (id: string, email: string) => ({
  id,
  emailEnc: encryptSubjectFields(id, { email, fullName: "A", accountReference: null, details: null, specifics: null })
    .emailEnc,
});
const A = "0183c782-731e-4fe2-b1b3-28b9e09aef39";
const B = "0183c782-731e-4fe2-b1b3-28b9e09aef40";

describe("the queue's subject e-mails", () => {
  it("shows each row's own address, and the new one as soon as the ciphertext changes", () => {
    clearQueueSubjectEmails();
    const first = sealed(A, "ann@example.com");
    expect(queueSubjectEmail(first, 0)).toBe("ann@example.com");
    expect(queueSubjectEmail(first, 1_000)).toBe("ann@example.com");
    expect(queueSubjectEmail(sealed(A, "ann.new@example.com"), 2_000)).toBe("ann.new@example.com");
    expect(queueSubjectEmail(sealed(B, "bob@example.com"), 2_000)).toBe("bob@example.com");
  });

  it("never shows a ciphertext under another row's id, even once the address was read for its own row", () => {
    clearQueueSubjectEmails();
    const ann = sealed(A, "ann@example.com");
    expect(queueSubjectEmail(ann, 0)).toBe("ann@example.com");
    expect(() => queueSubjectEmail({ id: B, emailEnc: ann.emailEnc }, 0)).toThrow();
  });

  it("decrypts again once the minute is over (a removed key is no longer read past it)", () => {
    clearQueueSubjectEmails();
    const ann = sealed(A, "ann@example.com");
    expect(queueSubjectEmail(ann, 0)).toBe("ann@example.com");
    const tampered = { id: A, emailEnc: ann.emailEnc.slice(0, -2) + (ann.emailEnc.endsWith("AA") ? "BB" : "AA") };
    expect(() => queueSubjectEmail(tampered, 10)).toThrow();
    expect(queueSubjectEmail(ann, 59_999)).toBe("ann@example.com");
    expect(queueSubjectEmail(ann, 61_000)).toBe("ann@example.com");
  });
});
