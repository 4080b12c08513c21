import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import arrows from "./scripts/lint/import-arrows.mjs";

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
    // The layer arrows of DESIGN.md ("Layout"): see scripts/lint/import-arrows.mjs.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    plugins: { dsr: arrows },
    rules: { "dsr/import-arrows": "error" },
  },
  {
    // Small files, one concern each; the message catalogues are the exception.
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs"],
    ignores: ["lib/i18n/messages/**"],
    rules: { "max-lines": ["error", { max: 300 }] },
  },
];

export default config;
