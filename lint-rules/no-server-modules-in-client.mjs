// A "use client" module is shipped to the browser together with everything it imports. This rule
// follows a client module's value imports (type-only imports are erased) through the repository and
// reports the import that ends up at a server-only module (the database, the environment and its
// secrets, storage, AI and GitHub credentials…), naming the chain. Next's build refuses the same
// thing later and less legibly; this says which line to change.
import fs from "node:fs";
import { importGraph, importsOf, relative, resolveImport } from "./import-graph.mjs";

const isClientModule = (sourceCode) => {
  const first = sourceCode.ast.body[0];
  return first?.type === "ExpressionStatement" && first.directive === "use client";
};

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Forbid client components from reaching server-only modules" },
    schema: [{ type: "object", properties: { serverOnly: { type: "array", items: { type: "string" } } }, additionalProperties: false }],
    messages: {
      serverOnly:
        "This client module reaches the server-only module {{target}} ({{chain}}). Pass the data in as props from a server component or API instead.",
    },
  },
  create(context) {
    if (!isClientModule(context.sourceCode)) return {};
    const serverOnly = context.options[0]?.serverOnly ?? [];
    const isServerOnly = (rel) => serverOnly.some((p) => (p.endsWith("/") ? rel.startsWith(p) : rel === p));
    const graph = importGraph();
    const valueImports = (file) =>
      (
        graph.get(file) ??
        importsOf(fs.readFileSync(file, "utf8")).map(({ specifier, typeOnly }) => ({ target: resolveImport(file, specifier), typeOnly }))
      )
        .filter((e) => e.target && !e.typeOnly)
        .map((e) => e.target);

    /** The chain from `start` to a server-only module through value imports, or null. */
    const reach = (start) => {
      const previous = new Map([[start, null]]);
      const queue = [start];
      while (queue.length) {
        const file = queue.shift();
        if (isServerOnly(relative(file))) {
          const chain = [];
          for (let at = file; at; at = previous.get(at)) chain.unshift(relative(at));
          return chain;
        }
        for (const next of valueImports(file)) {
          if (!previous.has(next)) {
            previous.set(next, file);
            queue.push(next);
          }
        }
      }
      return null;
    };

    const check = (node, specifier, typeOnly) => {
      if (typeOnly || typeof specifier !== "string") return;
      const target = resolveImport(context.filename, specifier);
      const chain = target && reach(target);
      if (chain) context.report({ node, messageId: "serverOnly", data: { target: chain.at(-1), chain: chain.join(" → ") } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === "type"),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === "type"),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === "type"),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value, false),
    };
  },
};

export default rule;
