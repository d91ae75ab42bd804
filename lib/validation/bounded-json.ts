// JSON.parse itself copes with any depth, but everything after it recurses (zod, JSON.stringify,
// our own walks, the database driver): 100,000 nested brackets fit in 200 KB and overflow the stack.
// The raw text is scanned first and refused when it nests deeper than any request of ours needs.
import { AppError } from "@/lib/errors";

/** Deeper than any body we accept (event data, screener answers and GitHub payloads nest < 15). */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of [ and { outside strings, stopping as soon as it passes `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** JSON.parse for request bodies: 400 when the text is not JSON or nests deeper than MAX_JSON_DEPTH. */
export function parseJsonBody(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  if (jsonDepth(text, maxDepth) > maxDepth) {
    throw new AppError("bad_request", `Request body nests deeper than ${maxDepth} levels`, { maxDepth });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "Request body is not valid JSON");
  }
}
