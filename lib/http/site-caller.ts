import { createHash, timingSafeEqual } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import { env } from "@/lib/env";

const digest = (s: string) => createHash("sha256").update(s).digest();

/**
 * Authenticates the company's own site (POST /api/v1/opt-outs) by the shared secret of
 * OPT_OUT_API_SECRET, sent as `Authorization: Bearer <secret>`. The one place to swap for API keys.
 */
export function authenticateSiteCaller(request: Request): { caller: "site" } {
  const secret = env().OPT_OUT_API_SECRET;
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  // Compared as digests: equal lengths, constant time, whatever was sent.
  if (!secret || !given || !timingSafeEqual(digest(given), digest(secret)))
    throw new DomainError("unauthenticated", "A valid site credential is required.", {
      Authorization: "must be Bearer and the site's shared secret",
    });
  return { caller: "site" };
}
