import { defineConfig } from "drizzle-kit";

// Migrations are generated from lib/db/schema and applied by scripts/migrate.ts (npm run db:migrate).
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
  schemaFilter: ["public"],
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/dsr" },
});
