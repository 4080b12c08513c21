import type { Db } from "@/lib/db/client";
import type { IdempotencyRequest } from "@/lib/http/idempotency";
import type { Operator } from "@/lib/auth/operator";
import type { Channel } from "@/lib/domain/vocabulary";
import type { MailPriority } from "@/lib/queue/jobs/send-mail";
import type { IdentityCheck } from "@/lib/requests/verification/verify-by-staff";

/** Who files a request and how: what every intake path (portal, API, staff, agents, opt-outs) tells submitRequest. */
export interface SubmitContext {
  channel: Channel;
  /** When the request reached any official channel; defaults to now (portal, API). */
  receivedAt?: Date;
  actor: { type: "subject" | "staff" | "api_key" | "drp_agent"; id?: string | null };
  now?: Date;
  /** Public channels (portal, API): the per-e-mail quota of verified requests applies (intake-limits.ts). */
  emailQuota?: boolean;
  /** Idempotency-Key of an API call: a retry gets the first answer and files nothing new. */
  idempotency?: IdempotencyRequest;
  /** Staff checked the person's identity themselves: filed verified, acknowledged, no verification mail. */
  identityChecked?: { staff: Operator; check: IdentityCheck };
  /** The browser or the company's site sent a Global Privacy Control signal (11 CCR § 7025): recorded and audited. */
  gpc?: boolean;
  /** The verification mail's priority: interactive (someone waits for the code) unless a bulk import. */
  mailPriority?: MailPriority;
  /** The public intake's per-address limit, counted in the intake's first round trip (intake-prelude.ts). */
  ipLimit?: { ip: string };
  /**
   * No verification mail to the person: an authorised agent holding a power of attorney (11 CCR § 7063(b)); the
   * request waits, unverified and never swept, for staff to accept the document.
   */
  noVerificationMail?: boolean;
  /**
   * The authorised agent who filed it (portal agent form, DRP): the verification mail names them, so the consumer
   * confirms the agent's request knowingly (11 CCR § 7063(a)) instead of ignoring a request they did not make.
   */
  filedByAgent?: string;
  /** More writes in the intake's transaction once the request row exists (an authorised agent's record). */
  alsoInTx?: (tx: Db, requestId: string, reference: string) => Promise<void>;
}
