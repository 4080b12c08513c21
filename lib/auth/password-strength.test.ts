import { expect, it } from "vitest";
import { passwordProblem } from "./password-strength";

const user = { name: "Théo Dupont", email: "theo.dupont@example.com" };

it("refuses short, common and personal passwords with the reason, accepts a strong one", () => {
  expect(passwordProblem("short", user)).toBe("must be at least 12 characters");
  expect(passwordProblem("x".repeat(257), user)).toBe("must be at most 256 characters");
  expect(passwordProblem("password1234", user)).toMatch(
    /^is too easy to guess\. This is similar to a commonly used password/,
  );
  expect(passwordProblem("qwertyuiop123", user)).toMatch(/^is too easy to guess/);
  expect(passwordProblem("Dupont-2024-secure!", user)).toBe("must not contain your name or e-mail address");
  expect(passwordProblem("my theo.dupont login", user)).toBe("must not contain your name or e-mail address");
  expect(passwordProblem("correct horse battery staple", user)).toBeNull();
  expect(passwordProblem("k7Qm-2xdp-9vhw-Lz", user)).toBeNull();
});
