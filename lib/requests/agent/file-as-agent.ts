import { createHash } from "node:crypto";
import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { insertRequestAgent, PERMISSION_KINDS } from "@/lib/db/queries/request-agents";
import { DomainError } from "@/lib/domain/errors";
import { grantedAtResidence } from "@/lib/domain/rights";
import { env } from "@/lib/env";
import { prepareTemplateMail, queuePreparedMail } from "@/lib/mail/queue-template-mail";
import { intakeSchema } from "@/lib/requests/intake/intake-schema";
import { submitRequest, type SubmitResult } from "@/lib/requests/intake/submit-request";
import { rightNotGranted } from "@/lib/requests/intake/valid-intake";
import { detectPermissionType } from "./permission-document";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const agentSchema = z.object({
  agentName: text(200).min(1, "is required"),
  agentEmail: text(254).pipe(z.email({ error: "must be a valid e-mail address" })),
  agentOrganisation: text(300).optional(),
  permissionKind: z.enum(PERMISSION_KINDS, { error: "must be a signed permission or a power of attorney" }).optional(),
});

/** Checks the uploaded permission by its content and size; the name and the browser's type are ignored. */
export function checkPermissionDocument(bytes: Buffer): { type: string; bytes: Buffer } {
  const max = env().AGENT_PERMISSION_MAX_BYTES;
  if (bytes.length === 0)
    throw new DomainError("invalid_request", "The signed permission is required.", { permission: "is required" });
  if (bytes.length > max)
    throw new DomainError("payload_too_large", "The signed permission is too large.", {
      permission: `must be at most ${Math.floor(max / 1024 / 1024)} MB`,
    });
  const type = detectPermissionType(bytes);
  if (!type)
    throw new DomainError("unsupported_media_type", "The signed permission must be a PDF, PNG or JPEG file.", {
      permission: "must be a PDF, PNG or JPEG file",
    });
  return { type, bytes };
}

/**
 * An authorised agent files a request for a consumer (11 CCR § 7063): the request is filed as the
 * consumer's (the consumer receives the usual verification mail, i.e. is asked to verify directly,
 * except for opt-outs, which need none, and when the agent holds a power of attorney under Probate Code
 * §§ 4121–4130: § 7063(b) takes that request out of § 7063(a), so the consumer is not asked to verify and staff
 * accepting the document verifies the request), and in the same transaction the agent's identity and the
 * signed permission are stored encrypted, audited, and the agent is mailed an acknowledgement.
 */
export async function fileAsAgent(
  raw: { agent: unknown; consumer: unknown; permission: Buffer },
  ctx: { channel: "portal" | "api" },
): Promise<SubmitResult> {
  const agent = agentSchema.parse(raw.agent);
  const consumer = intakeSchema.parse(raw.consumer);
  // § 7063 agents act under the consumer's law: only the rights it grants (a Californian has no GDPR restriction or
  // objection, nor the other states' opt-outs of targeted advertising, profiling or sensitive data).
  const residence = consumer.jurisdiction ?? "US-CA";
  if (!grantedAtResidence(residence, consumer.type)) throw rightNotGranted(consumer.type, residence);
  const document = checkPermissionDocument(raw.permission);
  const permissionKind = agent.permissionKind ?? "signed_permission";
  return submitRequest(consumer, {
    channel: ctx.channel,
    noVerificationMail: permissionKind === "power_of_attorney",
    filedByAgent: agent.agentOrganisation ? `${agent.agentName} (${agent.agentOrganisation})` : agent.agentName,
    actor: { type: "subject" },
    emailQuota: true,
    alsoInTx: async (tx, requestId, reference) => {
      await insertRequestAgent(tx, {
        requestId,
        agent: { name: agent.agentName, email: agent.agentEmail, organisation: agent.agentOrganisation || null },
        document,
        permissionKind,
      });
      await appendAudit(tx, {
        actor: { type: "subject" },
        action: "request.agent_filed",
        requestId,
        payload: {
          documentType: document.type,
          permissionKind,
          bytes: document.bytes.length,
          sha256: createHash("sha256").update(document.bytes).digest("hex"),
        },
      });
      await queuePreparedMail(
        tx,
        prepareTemplateMail({
          key: `agent-received-${requestId}`,
          to: agent.agentEmail,
          locale: consumer.locale,
          template: "agent_notice",
          recipientRole: "agent",
          requestId,
          data: { reference, type: consumer.type, decision: "received", reason: null, permissionKind },
        }),
      );
    },
  });
}
