import { attachToRunningInstance } from "../lib/attach-instance";
import { WEBHOOK_TEST_ENV } from "./webhook-env";

/**
 * Integration tests attach to a running instance: `npm test` starts one and points DSR_RUNTIME_ENV
 * at its DATA_DIR/run/env.json; by hand, `npm start` then `DSR_RUNTIME_ENV=.data/run/env.json npx vitest --project integration`.
 * The test process gets the instance's webhook settings, so what it delivers itself goes where the workers' would.
 */
attachToRunningInstance();
process.env.LOG_LEVEL ??= "warn";
for (const [key, value] of Object.entries(WEBHOOK_TEST_ENV)) process.env[key] ??= value;
