import { expect, it } from "vitest";
import { bringUpServices } from "./index";

// README (*Production*): "With the URLs set, nothing is started locally."
it("starts nothing when DATABASE_URL, REDIS_URL and SMTP_URL are given, and uses them as given", async () => {
  const said: string[] = [];
  const environment: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    DATABASE_URL: "postgres://u:p@db.example.com:5432/dsr",
    REDIS_URL: "rediss://:p@queue.example.com:6380",
    SMTP_URL: "smtps://u:p@smtp.example.com:465",
  };
  const services = await bringUpServices({
    dataDir: "/nonexistent/dsr-data", // would fail to initialise if anything tried to use it
    ports: { postgres: 1, redis: 2, smtp: 3 },
    postgresPassword: "unused",
    redisPassword: "unused",
    log: (line) => said.push(line),
    environment,
  });
  await services.startMailSink();
  expect(services).toMatchObject({
    databaseUrl: environment.DATABASE_URL,
    redisUrl: environment.REDIS_URL,
    smtpUrl: environment.SMTP_URL,
    devMailbox: false,
    embedded: [],
  });
  expect(said).toEqual([]);
  await services.stop();
});
