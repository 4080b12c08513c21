import path from "node:path";
import { startPostgres } from "./postgres";
import { startRedis } from "./redis";
import { startSmtpSink } from "./smtp-sink";
import type { RunningService, ServiceLog } from "./types";

export interface ServicePorts {
  postgres: number;
  redis: number;
  smtp: number;
}

/** Embedded service ports follow PORT, so two instances with different PORT values run side by side. */
export function defaultPorts(appPort: number, environment: NodeJS.ProcessEnv = process.env): ServicePorts {
  return {
    postgres: Number(environment.POSTGRES_PORT ?? appPort + 20000),
    redis: Number(environment.REDIS_PORT ?? appPort + 21000),
    smtp: Number(environment.SMTP_SINK_PORT ?? appPort + 22000),
  };
}

export interface Services {
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  /** true when the embedded SMTP sink catches the mail (the dev mailbox is then enabled). */
  devMailbox: boolean;
  embedded: string[];
  /** Stops what this call started, in reverse order. The sink is started later, after migrations. */
  startMailSink(): Promise<void>;
  stop(): Promise<void>;
}

/** The file whose presence makes the embedded SMTP sink refuse mail (fault tests simulate an outage). */
export const smtpSinkOutageFile = (dataDir: string) => path.join(dataDir, "run", "smtp-sink-down");
/** The file whose content (milliseconds) makes the embedded sink hold its 250 after storing a message. */
export const smtpSinkSlowAcceptFile = (dataDir: string) => path.join(dataDir, "run", "smtp-sink-slow-accept");

/**
 * Brings up what the environment does not provide: DATABASE_URL, REDIS_URL and SMTP_URL are used as
 * given; each missing one is replaced by an embedded service with its data under dataDir.
 */
export async function bringUpServices(opts: {
  dataDir: string;
  ports: ServicePorts;
  postgresPassword: string;
  redisPassword: string;
  log: ServiceLog;
  environment?: NodeJS.ProcessEnv;
}): Promise<Services> {
  const environment = opts.environment ?? process.env;
  const started: RunningService[] = [];
  const embedded: string[] = [];
  const stop = async () => {
    for (const service of started.reverse())
      await service.stop().catch((err: Error) => opts.log(`stop failed: ${err.message}`));
    started.length = 0;
  };
  try {
    let databaseUrl = environment.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startPostgres({
        dataDir: opts.dataDir,
        port: opts.ports.postgres,
        password: opts.postgresPassword,
        database: "dsr",
        log: opts.log,
      });
      started.push(pg);
      embedded.push(`PostgreSQL on 127.0.0.1:${opts.ports.postgres} (data in ${path.join(opts.dataDir, "postgres")})`);
      databaseUrl = pg.url;
    }
    let redisUrl = environment.REDIS_URL;
    if (!redisUrl) {
      const redis = await startRedis({
        dataDir: opts.dataDir,
        port: opts.ports.redis,
        password: opts.redisPassword,
        log: opts.log,
      });
      started.push(redis);
      embedded.push(`Redis on 127.0.0.1:${opts.ports.redis} (AOF in ${path.join(opts.dataDir, "redis")})`);
      redisUrl = redis.url;
    }
    const devMailbox = !environment.SMTP_URL;
    const smtpUrl = environment.SMTP_URL ?? `smtp://127.0.0.1:${opts.ports.smtp}`;
    const finalDatabaseUrl = databaseUrl;
    return {
      databaseUrl,
      redisUrl,
      smtpUrl,
      devMailbox,
      embedded,
      async startMailSink() {
        if (!devMailbox) return;
        started.push(
          await startSmtpSink({
            port: opts.ports.smtp,
            databaseUrl: finalDatabaseUrl,
            log: opts.log,
            outageFile: smtpSinkOutageFile(opts.dataDir),
            slowAcceptFile: smtpSinkSlowAcceptFile(opts.dataDir),
          }),
        );
        embedded.push(`SMTP sink on 127.0.0.1:${opts.ports.smtp} (messages at /dev/mailbox)`);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
