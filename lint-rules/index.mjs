// The project's own ESLint rules (issue #13: boundaries enforced by the linter). See eslint.config.mjs.
import noDomainCycles from "./no-domain-cycles.mjs";
import noServerModulesInClient from "./no-server-modules-in-client.mjs";

const plugin = {
  meta: { name: "usertests" },
  rules: { "no-domain-cycles": noDomainCycles, "no-server-modules-in-client": noServerModulesInClient },
};

export default plugin;
