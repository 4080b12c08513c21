/**
 * Webhook and DRP callback settings of the test instance, given to the integration tests' own process too
 * (load-runtime-env.ts): a test that delivers in-process (drp.int.test.ts's deliverDue) then posts to its local
 * receiver exactly as the instance's workers do, instead of failing the attempt on "URL must start with https://".
 * Receivers listen on 127.0.0.1; retries a few ms apart; an endpoint is disabled after 3 failures.
 */
export const WEBHOOK_TEST_ENV = {
  WEBHOOK_ALLOW_PRIVATE_URLS: "true",
  WEBHOOK_RETRY_BASE_MS: "20",
  WEBHOOK_DISABLE_AFTER_FAILURES: "3",
  WEBHOOK_TIMEOUT_MS: "3000",
} as const;
