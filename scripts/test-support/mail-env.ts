/**
 * Durable-mail timings for the test instance and the tests that drive it: a mail job tries 3 times within
 * about a second, the sweep runs every 2 s and re-queues with a 1 s backoff, so an SMTP outage longer
 * than a job's tries is a matter of seconds (lib/mail/durable-mail.int.test.ts).
 */
export const MAIL_TEST_ENV = {
  MAIL_JOB_ATTEMPTS: "3",
  MAIL_JOB_BACKOFF_MS: "200",
  MAIL_RETRY_BACKOFF_MS: "1000",
  MAIL_RETRY_MAX_BACKOFF_MS: "4000",
  MAIL_REQUEUE_AFTER_MS: "6000",
  MAIL_STALE_CLAIM_MS: "15000",
  MAIL_SWEEP_EVERY_MS: "2000",
} as const;
