import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

// Unit tests sit beside the code (*.test.ts); integration tests (*.int.test.ts) need the services
// that scripts/test.ts starts and are selected with --project.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(here) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,workers,scripts,app}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          setupFiles: ["scripts/test-support/load-runtime-env.ts"],
          include: ["{lib,workers,scripts,app}/**/*.int.test.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
