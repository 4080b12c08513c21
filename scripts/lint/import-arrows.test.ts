import path from "node:path";
import { RuleTester } from "eslint";
import { afterAll, describe, it } from "vitest";
import { importArrows } from "./import-arrows.mjs";

// RuleTester reports through the test framework's hooks; vitest does not expose them as globals.
Object.assign(RuleTester, { afterAll, describe, it });

const root = path.resolve(__dirname, "../..");
const at = (file: string) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } });

tester.run("import-arrows", importArrows, {
  valid: [
    { filename: at("lib/requests/intake/submit-request.ts"), code: 'import { db } from "@/lib/db/client";' },
    {
      filename: at("lib/fulfilment/engine/advance.ts"),
      code: 'import { runTransition } from "@/lib/requests/transitions/run-transition";',
    },
    {
      filename: at("lib/domain/lifecycle/rules.ts"),
      code: 'import { z } from "zod"; import { x } from "../vocabulary";',
    },
    { filename: at("app/(staff)/staff/page.tsx"), code: 'import { x } from "@/lib/fulfilment/view/workspace-view";' },
    { filename: at("lib/db/queries/requests.ts"), code: 'import { x } from "./tasks";' },
    // Tests may reach across layers to build a scenario.
    {
      filename: at("lib/db/queries/requests.int.test.ts"),
      code: 'import { x } from "@/lib/requests/intake/submit-request";',
    },
  ],
  invalid: [
    {
      filename: at("lib/db/queries/requests.ts"),
      code: 'import { x } from "@/lib/requests/subject-fields";',
      errors: 1,
    },
    {
      filename: at("lib/requests/transitions/run-transition.ts"),
      code: 'import { x } from "@/lib/fulfilment/engine/plan-fulfilment";',
      errors: 1,
    },
    {
      filename: at("lib/fulfilment/engine/advance.ts"),
      code: 'import { x } from "@/lib/requests/staff/workspace";',
      errors: 1,
    },
    { filename: at("lib/domain/lifecycle/rules.ts"), code: 'import { db } from "@/lib/db/client";', errors: 1 },
    { filename: at("lib/domain/errors.ts"), code: 'import pg from "pg";', errors: 1 },
    { filename: at("lib/mail/links.ts"), code: 'import { x } from "@/app/(portal)/page";', errors: 1 },
    {
      filename: at("lib/connectors/webhook/connector.ts"),
      code: 'const m = await import("../../fulfilment/engine/run-step");',
      errors: 1,
    },
  ],
});
