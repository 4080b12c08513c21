import { db } from "@/lib/db/client";
import { lockRequest } from "@/lib/db/queries/requests";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { startsByItself } from "@/lib/domain/vocabulary";

/**
 * A verified direct-marketing objection is acted on at once (Art. 21(3): no balancing, no review):
 * the system starts the request, which plans and runs the opt-out everywhere. So are the CCPA opt-outs
 * of sale/sharing and limits on sensitive data (no review, 15 business days), and the LGPD's confirmation of
 * processing (art. 19 I: a yes or no, "imediatamente"; counts only, nothing leaves). Other requests wait
 * for a person. Safe to run twice: a request already started is left alone.
 */
export async function autostartRequest(requestId: string): Promise<{ started: boolean }> {
  return db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: requestId });
    if (!request || request.status !== "new") return { started: false };
    if (!startsByItself(request.type)) return { started: false };
    if (request.type === "objection" && decryptSubjectFields(request).specifics?.objectionScope !== "direct_marketing")
      return { started: false };
    await runTransition(tx, { requestId, actor: { kind: "system" }, action: { type: "start" } });
    return { started: true };
  });
}
