// Lint rules, kept with the other checks. Run from the project root: eslint --config tests/eslint.config.js .
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Browser code never reaches into build-time (Node) code; features don't import each other.
    files: ["src/app/**", "src/features/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/pipeline/**", "**/prerender/**", "node:*"], message: "Browser code can't import build-time code." }] }],
    },
  },
  {
    files: ["src/shared/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/pipeline/**", "**/prerender/**", "**/app/**", "**/features/**", "node:*"], message: "The shared core imports neither side." }] }],
    },
  },
  {
    files: ["src/pipeline/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/app/**", "**/features/**"], message: "Build-time code doesn't import browser code." }] }],
    },
  },
);
