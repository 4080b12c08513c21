import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { normaliseEmail } from "@/lib/crypto/blind-index";
import { DomainError } from "@/lib/domain/errors";

/**
 * Public intake limits: per client IP per hour and per e-mail per day. Counted before validation of
 * the rest, so a flood of bad requests is limited too.
 */
export async function enforceIntakeLimits(ip: string, email: unknown): Promise<void> {
  const e = env();
  const byIp = await consumeRateLimit(
    db(),
    { name: "intake:ip", limit: e.INTAKE_LIMIT_PER_IP_PER_HOUR, windowSeconds: 3600 },
    ip,
  );
  if (!byIp.allowed)
    throw new DomainError(
      "rate_limited",
      "Too many requests from your network. Please try again later.",
      undefined,
      byIp.retryAfterSeconds,
    );
  if (typeof email === "string" && email.includes("@")) {
    const byEmail = await consumeRateLimit(
      db(),
      { name: "intake:email", limit: e.INTAKE_LIMIT_PER_EMAIL_PER_DAY, windowSeconds: 86_400 },
      normaliseEmail(email),
    );
    if (!byEmail.allowed)
      throw new DomainError(
        "rate_limited",
        "Too many requests for this e-mail address today. Please try again tomorrow.",
        undefined,
        byEmail.retryAfterSeconds,
      );
  }
}
