import { eq } from "drizzle-orm";
import { encrypt } from "@/lib/crypto/env-keys";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";

/**
 * Gives a request the subject's status link, as the portal's verification does (requests verified
 * directly by a test have none), and returns the token the link carries.
 */
export async function giveStatusLink(requestId: string): Promise<string> {
  const token = generateToken();
  await db()
    .update(requests)
    .set({ statusTokenHash: hashToken(token), statusTokenEnc: encrypt(token, `requests.status_token:${requestId}`) })
    .where(eq(requests.id, requestId));
  return token;
}
