import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".data/**",
      "node_modules/**",
      "drizzle/**",
      "test-results/**",
      "playwright-report/**",
      "e2e/artifacts/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      // lib must not depend on app or workers (arrows point one way).
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/workers/*"], message: "lib must not import app or workers" }] },
      ],
    },
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
  },
];

export default config;
