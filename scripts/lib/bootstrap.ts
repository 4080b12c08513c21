import path from "node:path";
import { runMigrations } from "@/lib/db/migrate";
import { bringUpServices, defaultPorts, type Services } from "../services";
import { resolveSecrets } from "../services/secrets";
import { say } from "./console";
import { devMailboxSetting, totpForAllRolesSetting } from "./runtime-settings";

export interface Runtime {
  services: Services;
  env: Record<string, string>;
  dataDir: string;
  host: string;
  port: number;
  appUrl: string;
  /** Whether /dev/mailbox answers (the sink is used, and not in production unless enabled). */
  devMailbox: boolean;
}

/**
 * Everything before the app runs: secrets, services (embedded or given by URL), migrations, and the
 * environment the web and workers processes get. Also copied into this process's env so that
 * lib code (seed, etc.) can run here.
 */
export async function bootstrap(): Promise<Runtime> {
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  const host = process.env.HOST ?? "127.0.0.1";
  const port = Number(process.env.PORT ?? 3000);
  const secrets = resolveSecrets(dataDir);
  const services = await bringUpServices({
    dataDir,
    ports: defaultPorts(port),
    postgresPassword: secrets.POSTGRES_PASSWORD,
    redisPassword: secrets.REDIS_PASSWORD,
    log: say,
  });
  try {
    await runMigrations(services.databaseUrl);
    await services.startMailSink();
  } catch (err) {
    await services.stop();
    throw err;
  }
  const mailbox = devMailboxSetting(process.env, services.devMailbox);
  if (mailbox.warning) say(mailbox.warning);
  const appUrl = (process.env.APP_URL ?? `http://${host}:${port}`).replace(/\/$/, "");
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    HOST: host,
    PORT: String(port),
    APP_URL: appUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    SMTP_URL: services.smtpUrl,
    DEV_MAILBOX_ENABLED: mailbox.enabled ? "true" : "false",
    // The embedded sink is the SMTP server: the mail job may ask it whether it took a message (lib/mail/attention.ts).
    SMTP_SINK_EMBEDDED: services.devMailbox ? "true" : "false",
    TOTP_REQUIRED_FOR_ALL_ROLES: totpForAllRolesSetting(process.env),
    AUTH_SECRET: secrets.AUTH_SECRET,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secrets.AUTH_SECRET,
    DATA_ENCRYPTION_KEYS: secrets.DATA_ENCRYPTION_KEYS,
    BLIND_INDEX_KEY: secrets.BLIND_INDEX_KEY,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The mail timings this instance runs with, so a test or CLI attached to it (env.json) agrees with its workers.
  for (const [k, v] of Object.entries(process.env))
    if (k.startsWith("MAIL_RETRY") || /^MAIL_(JOB|REQUEUE|STALE|SWEEP)_/.test(k)) env[k] = v ?? "";
  // Readable logs when the embedded default runs; JSON (pino's default in production) otherwise.
  if (!process.env.LOG_FORMAT && services.embedded.length > 0) env.LOG_FORMAT = "pretty";
  Object.assign(process.env, env);
  return { services, env, dataDir, host, port, appUrl, devMailbox: mailbox.enabled };
}
