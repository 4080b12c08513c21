import type { Rule } from "eslint";

export const LAYERS: string[][];
export const importArrows: Rule.RuleModule;
declare const plugin: { rules: { "import-arrows": Rule.RuleModule } };
export default plugin;
