/** The request lifecycle: pure rules (rules.ts), the decision (decide.ts) and its vocabulary (types.ts). */
export { allowedActions, decideTransition } from "./decide";
export * from "./types";
