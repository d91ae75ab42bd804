// The small part of Inngest's expression language (CEL) the app uses: concurrency and idempotency
// keys such as `event.data.sessionId`, and trigger conditions such as
// `event.data.function_id == 'usertests-process-session'` (the onFailure handler), joined by &&.

type Scope = Record<string, unknown>;

function lookup(path: string, scope: Scope): unknown {
  let cur: unknown = scope;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function operand(text: string, scope: Scope): unknown {
  const t = text.trim();
  const quoted = /^'(.*)'$|^"(.*)"$/.exec(t);
  if (quoted) return quoted[1] ?? quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === "true" || t === "false") return t === "true";
  if (t === "null") return null;
  if (/^[A-Za-z_][\w.]*$/.test(t)) return lookup(t, scope);
  throw new Error(`unsupported expression: ${t}`);
}

/** The value of a key expression (a dotted path), as a string key. */
export function evaluateKey(expression: string, scope: Scope): string {
  return JSON.stringify(operand(expression, scope) ?? null);
}

/** Whether a trigger condition holds: `a == b`, `a != b`, or a path, joined by `&&`. */
export function evaluateCondition(expression: string, scope: Scope): boolean {
  return expression.split("&&").every((clause) => {
    const m = /^(.*?)(==|!=)(.*)$/.exec(clause);
    if (!m) return Boolean(operand(clause, scope));
    const equal = operand(m[1], scope) === operand(m[3], scope);
    return m[2] === "==" ? equal : !equal;
  });
}
