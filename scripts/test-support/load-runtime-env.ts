import { attachToRunningInstance } from "../lib/attach-instance";

/**
 * Integration tests attach to a running instance: `npm test` starts one and points DSR_RUNTIME_ENV
 * at its DATA_DIR/run/env.json; by hand, `npm start` then `DSR_RUNTIME_ENV=.data/run/env.json npx vitest --project integration`.
 */
attachToRunningInstance();
process.env.LOG_LEVEL ??= "warn";
