import { expect, it } from "vitest";
import { rightsForRegime } from "../rights";
import { US_STATE_LAWS } from "./index";

// SB 1295 (Public Act 25-113), in force 1 July 2026: Connecticut consumers may question (contest) the result of
// profiling, as Minnesota's may (Minn. Stat. § 325M.14, subd. 1(g)).
it("Connecticut grants the right to question profiling from 1 July 2026, with the amending act named", () => {
  expect(rightsForRegime("US_CT")).toContain("question_profiling");
  expect(US_STATE_LAWS.CT.rights.cite).toContain("PA 25-113");
  expect(rightsForRegime("US_VA")).not.toContain("question_profiling");
});
