import { z } from "zod";
import {
  defaultControllerTimeZone,
  isListedJurisdiction,
  isValidTimeZone,
  setEstablishmentSource,
} from "@/lib/domain/deadline";

/**
 * The one validated view of process.env. Parsed lazily (first call), because `next build` imports
 * modules without the runtime environment that `npm start` provides.
 */
const booleanString = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const base64Key32 = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().optional(),
  DATA_DIR: z.string().default(".data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATABASE_URL: z.string().min(1, "is required (npm start sets it for the embedded database)"),
  REDIS_URL: z.string().min(1, "is required (npm start sets it for the embedded Redis)"),
  SMTP_URL: z.string().min(1, "is required (npm start sets it for the embedded SMTP sink)"),
  DEV_MAILBOX_ENABLED: booleanString,
  // POST /api/bench/noop answers 202 without touching a service: the web-layer ceiling of bench:intake.
  BENCH_NOOP_ROUTE: booleanString,
  // Set by npm start when its embedded SMTP sink is the server (never with SMTP_URL).
  SMTP_SINK_EMBEDDED: booleanString,
  MAIL_FROM: z.string().default("Privacy Team <privacy@example.com>"),
  QUEUE_PREFIX: z.string().default("dsr"),
  // Durable mail (lib/mail): one job's tries, then the mail sweep re-queues from Postgres with a
  // growing backoff for MAIL_RETRY_DAYS, then gives up and rings the DPOs' and admins' bell.
  MAIL_JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  MAIL_JOB_BACKOFF_MS: z.coerce.number().int().min(10).default(5_000),
  MAIL_RETRY_DAYS: z.coerce.number().min(0).max(60).default(3),
  MAIL_RETRY_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(5 * 60_000),
  MAIL_RETRY_MAX_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(6 * 3_600_000),
  // How long a queued or retrying mail is left to its job before the sweep takes it as lost (> one job's retries).
  MAIL_REQUEUE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(15 * 60_000),
  // A claim older than this, with no outcome recorded, is a send that died: marked uncertain, never re-sent by itself.
  MAIL_STALE_CLAIM_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(5 * 60_000),
  MAIL_SWEEP_EVERY_MS: z.coerce.number().int().min(500).default(60_000),
  // How long the web process reuses a decoded staff session cookie (0: decode on every request).
  STAFF_SESSION_DECODE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  // Outbound webhooks (lib/integrations/webhooks): retried with a growing backoff (first wait
  // WEBHOOK_RETRY_BASE_MS, ×4 each time, at most WEBHOOK_RETRY_MAX_BACKOFF_MS) for WEBHOOK_RETRY_HOURS;
  // an endpoint is disabled after WEBHOOK_DISABLE_AFTER_FAILURES failed attempts in a row or a given-up delivery.
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
  WEBHOOK_RETRY_MAX_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(4 * 3_600_000),
  WEBHOOK_RETRY_HOURS: z.coerce.number().min(0).max(168).default(24),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).default(15),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_SWEEP_EVERY_MS: z.coerce.number().int().min(500).default(60_000),
  // CSV imports: one queued or running this long without a run in progress is re-queued by the import
  // sweep (every IMPORT_SWEEP_EVERY_MS), at most IMPORT_MAX_REQUEUES times, then marked failed.
  IMPORT_STUCK_AFTER_MS: z.coerce.number().int().min(1_000).default(900_000),
  IMPORT_MAX_REQUEUES: z.coerce.number().int().min(0).max(100).default(3),
  IMPORT_SWEEP_EVERY_MS: z.coerce.number().int().min(500).default(300_000),
  // Loopback and private (RFC 1918, ULA) addresses and plain http: refused unless this is set (tests, demo).
  // Link-local and cloud metadata addresses are refused always.
  WEBHOOK_ALLOW_PRIVATE_URLS: booleanString,

  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  DATA_ENCRYPTION_KEYS: z.string().min(1, "is required: comma-separated keyId:base64(32 bytes) list"),
  BLIND_INDEX_KEY: base64Key32,
  // During a blind-index rotation: the key the stored indexes were made with, so look-ups match both
  // until `npm run keys:rotate` rebuilt every index under BLIND_INDEX_KEY. Remove it afterwards.
  BLIND_INDEX_KEY_PREVIOUS: z.union([base64Key32, z.literal("")]).optional(),

  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),

  TOTP_REQUIRED_ROLES: z.string().default("admin,dpo"),
  // Every role must use TOTP; unset means on when NODE_ENV=production (npm start always sets it).
  TOTP_REQUIRED_FOR_ALL_ROLES: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : undefined)),

  // Optional OpenID Connect single sign-on: on only when issuer, client id and secret are all set.
  OIDC_ISSUER: z.union([z.url(), z.literal("")]).optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().min(1).default("single sign-on"),
  // Unset means true: the identity provider is trusted to enforce MFA (see lib/auth/oidc.ts).
  OIDC_SKIPS_TOTP: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => v !== "false" && v !== "0"),
  // The residence the portal's form preselects (it picks the requester's regime).
  DEFAULT_JURISDICTION: z.string().default("FR"),
  // The controller profile: where the company is established (its calendar counts every deadline) and its
  // time zone (receipt dates and "today"); empty = the country's default zone.
  CONTROLLER_COUNTRY: z
    .string()
    .default("FR")
    .transform((v) => v.trim().toUpperCase())
    .refine(isListedJurisdiction, "is not a supported country code (FR, DE, GB, US-CA, BR, CA, CH, …)"),
  CONTROLLER_TIME_ZONE: z
    .string()
    .optional()
    .refine((v) => !v || isValidTimeZone(v), "is not an IANA time zone"),
  COMPANY_NAME: z.string().min(1).default("Demo Shop"),
  COMPANY_LOGO_URL: z.union([z.url(), z.literal("")]).default(""),
  BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a #rrggbb colour")
    .default("#1d4ed8"),
  PRIVACY_POLICY_URL: z.url().default("https://example.com/privacy"),
  DPO_CONTACT: z.string().min(1).default("dpo@example.com"),
  COMPANY_ADDRESS: z.string().trim().max(300, "must be at most 300 characters").default(""),
  SUPERVISORY_AUTHORITY_NAME: z
    .string()
    .min(1)
    .default("CNIL (Commission nationale de l'informatique et des libertés)"),
  SUPERVISORY_AUTHORITY_URL: z.url().default("https://www.cnil.fr/fr/plaintes"),
  // Postal address of the lead supervisory authority, for complaints by letter.
  SUPERVISORY_AUTHORITY_ADDRESS: z.string().default("3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France"),
  // How long a subject can download an approved access/portability package (days from approval).
  EXPORT_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // Where package bytes live: PostgreSQL (chunked rows, the default) or an S3-compatible object store.
  PACKAGE_STORE: z.enum(["postgres", "s3"]).default("postgres"),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_BUCKET: z.string().optional(),
  S3_PREFIX: z.string().default("packages/"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  // Path-style URLs (http://host/bucket/key): what MinIO, Ceph and s3rver expect; AWS accepts both.
  S3_FORCE_PATH_STYLE: booleanString,
  // Art. 18(3): days between the lift notice being accepted by SMTP and the restriction being lifted.
  RESTRICTION_LIFT_NOTICE_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  INTAKE_LIMIT_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(30),
  INTAKE_LIMIT_PER_EMAIL_PER_DAY: z.coerce.number().int().min(1).default(5),
  // Intake group commit (lib/requests/intake/intake-batch.ts): filing statements under way at once per web
  // process before intakes wait and go together (0: each on its own), and most intakes in one statement.
  // One at a time: the statement counts the address's hit, so groups of one address queue on its counter row anyway.
  INTAKE_BATCH_CONCURRENCY: z.coerce.number().int().min(0).max(100).default(1),
  INTAKE_BATCH_MAX: z.coerce.number().int().min(1).max(200).default(32),
  // REST API (/api/v1 with a key): calls per minute per key unless the key sets its own limit.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  // Largest signed permission an authorised agent may upload (bytes; PDF, PNG or JPEG, checked by content).
  AGENT_PERMISSION_MAX_BYTES: z.coerce.number().int().min(1024).max(20_971_520).default(5_242_880),
  // Data Rights Protocol (lib/integrations/drp, /api/drp/v1): this business's id in the DRP directory
  // (the `business-id` agents sign; unset: the DRP endpoints answer 503), calls per minute per agent
  // unless the agent sets its own, the clock skew allowed on `issued-at`, and how long a status callback
  // is retried (with the webhooks' backoff, timeout and address rules).
  DRP_BUSINESS_ID: z.string().trim().min(1).max(100).optional(),
  DRP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  DRP_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
  DRP_CALLBACK_RETRY_HOURS: z.coerce.number().min(0).max(168).default(24),
  // Largest file attached to a message of a request's thread (PDF, PNG, JPEG or plain text, checked by content).
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(20_971_520).default(10_485_760),
  // Reverse proxies whose X-Forwarded-For entry is believed (addresses, CIDRs, loopback/linklocal/
  // uniquelocal); read and checked by scripts/next-server.ts, which decides each client's address.
  TRUSTED_PROXIES: z.string().default(""),
  UNVERIFIED_REMINDER_DAYS: z.coerce.number().int().min(1).default(3),
  DEADLINE_SWEEP_EVERY_MS: z.coerce
    .number()
    .int()
    .min(10_000)
    .default(5 * 60_000),
  // A deadline notification queued this long ago and still not sent is queued again (its job was lost
  // with Redis, or waits behind a backlog); younger ones are not, so a backlog does not multiply.
  DEADLINE_REQUEUE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(10_000)
    .default(15 * 60_000),
  SCHEDULER_REFRESH_MS: z.coerce.number().int().min(1_000).default(60_000),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  DIGEST_TIME_ZONE: z.string().default("Europe/Paris"),
  UNVERIFIED_EXPIRY_DAYS: z.coerce.number().int().min(2).default(14),
  // Retention: a closed request is minimised this many months after it closed (the longest record period
  // of its regime: CCPA §7101 and Colorado Rule 6.11 say 24); per regime as e.g. "CCPA:24,GDPR:36".
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  RETENTION_MONTHS_BY_REGIME: z
    .string()
    .default("")
    .refine(
      (v) => v.trim() === "" || /^\s*[A-Z_]+:\d+\s*(,\s*[A-Z_]+:\d+\s*)*$/.test(v),
      "must be REGIME:months[,REGIME:months…]",
    ),
  // Pruning of the tables that only grow (lib/maintenance/prune-tables.ts): days kept.
  PRUNE_OUTBOX_DAYS: z.coerce.number().int().min(1).default(7),
  PRUNE_DEV_MAIL_DAYS: z.coerce.number().int().min(1).default(14),
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce.number().int().min(1).default(24),
  // The largest webhook callback body read (after its headers passed); 413 beyond.
  CONNECTOR_CALLBACK_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024)
    .default(1024 * 1024),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export class EnvError extends Error {}

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

// "Another country" residents are protected by the establishment's law (lib/domain/deadline/residences.ts). An
// environment that does not parse offers no such residence, rather than failing every lookup of a listed one.
setEstablishmentSource(() => {
  try {
    return env().CONTROLLER_COUNTRY;
  } catch {
    return undefined;
  }
});

export interface ControllerProfile {
  /** Country (or region) of establishment, a jurisdiction code: FR, DE, GB, US-CA, … */
  country: string;
  timeZone: string;
  /** The lead supervisory authority (GDPR art. 56) or the home authority for other regimes. */
  authority: { name: string; url: string; address: string };
}

/** The controller this deployment answers for: its calendar and its lead supervisory authority. */
export function controllerProfile(): ControllerProfile {
  const e = env();
  return {
    country: e.CONTROLLER_COUNTRY,
    timeZone: e.CONTROLLER_TIME_ZONE || defaultControllerTimeZone(e.CONTROLLER_COUNTRY) || "UTC",
    authority: {
      name: e.SUPERVISORY_AUTHORITY_NAME,
      url: e.SUPERVISORY_AUTHORITY_URL,
      address: e.SUPERVISORY_AUTHORITY_ADDRESS,
    },
  };
}

/** Public base URL used in links sent by mail. */
export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, "");
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
