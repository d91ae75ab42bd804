// lib/<domain>/ folders may depend on each other in one direction only: an import from domain A into
// domain B is reported when B already reaches A (directly or through other domains), because then
// neither can change without the other. The fix is to move the shared code to the domain that owns
// it (issue #13). Top-level lib files (db.ts, http.ts, errors.ts…) count as one domain each. Tests
// are left out: they may reach across to set up a scenario.
import { importGraph, relative, resolveImport } from "./import-graph.mjs";

const isTest = (rel) => /\.test\.tsx?$/.test(rel);

/** "sessions" for lib/sessions/x.ts, "db" for lib/db.ts, null outside lib/. */
export function domainOf(rel) {
  const m = /^lib\/([^/]+)(\/|$)/.exec(rel);
  if (!m) return null;
  return m[2] === "/" ? m[1] : m[1].replace(/\.tsx?$/, "");
}

function domainEdges(skipFile) {
  const edges = new Map(); // domain → Map(domain → example "from → to")
  for (const [file, imports] of importGraph()) {
    const from = relative(file);
    if (file === skipFile || isTest(from)) continue;
    const a = domainOf(from);
    if (!a) continue;
    for (const { target } of imports) {
      const b = domainOf(relative(target));
      if (!b || b === a) continue;
      if (!edges.has(a)) edges.set(a, new Map());
      if (!edges.get(a).has(b)) edges.get(a).set(b, `${from} → ${relative(target)}`);
    }
  }
  return edges;
}

/** The chain of example imports by which `from` reaches `to`, or null. */
function pathBetween(edges, from, to) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const d = queue.shift();
    if (d === to) {
      const steps = [];
      for (let at = to; previous.get(at); at = previous.get(at).domain) steps.unshift(previous.get(at).example);
      return steps;
    }
    for (const [next, example] of edges.get(d) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, { domain: d, example });
        queue.push(next);
      }
    }
  }
  return null;
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Forbid imports that close a cycle between lib/ domains" },
    schema: [],
    messages: {
      cycle: "lib/{{from}} → lib/{{to}} closes a domain cycle ({{back}}). Move the shared code to the domain that owns it.",
    },
  },
  create(context) {
    const file = context.filename;
    const rel = relative(file);
    const own = domainOf(rel);
    if (!own || isTest(rel)) return {};
    let edges = null; // the rest of lib/, built on the first cross-domain import of this file
    const check = (node, specifier) => {
      if (typeof specifier !== "string") return;
      const target = resolveImport(file, specifier);
      const other = target && domainOf(relative(target));
      if (!other || other === own) return;
      edges ??= domainEdges(file);
      const back = pathBetween(edges, other, own);
      if (back) context.report({ node, messageId: "cycle", data: { from: own, to: other, back: back.join(", ") } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

export default rule;
