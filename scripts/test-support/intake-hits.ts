import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { rateLimitHits } from "@/lib/db/schema";
import { rateLimitBucket } from "@/lib/rate-limit/consume";

/** The public intake's hits counted for this address (its `intake:ip` bucket, every window). */
export async function intakeHitsOf(ip: string): Promise<number> {
  const bucket = rateLimitBucket({ name: "intake:ip", limit: 0, windowSeconds: 3600 }, ip);
  const rows = await db()
    .select({ hits: rateLimitHits.hits })
    .from(rateLimitHits)
    .where(eq(rateLimitHits.bucket, bucket));
  return rows.reduce((sum, r) => sum + r.hits, 0);
}
