import { describe, expect, it } from "vitest";
import { z } from "zod";
import { browserJson, browserText } from "./browser-text";
import { parseInput, unstorablePaths } from "./storable-input";
import { isUnstorable, toStorableJson, toStorableText } from "./storable-text";

const HIGH = "\uD83D";
const LOW = "\uDE00";

describe("storable text", () => {
  it("knows what PostgreSQL cannot store: NUL and unpaired surrogates, not paired ones", () => {
    expect(isUnstorable("a\u0000")).toBe(true);
    expect(isUnstorable(`a${HIGH}`)).toBe(true);
    expect(isUnstorable(`${LOW}a`)).toBe(true);
    expect(isUnstorable("😀 ok \uFFFD")).toBe(false);
  });

  it("replaces each with U+FFFD and keeps everything else", () => {
    expect(toStorableText(`a\u0000b${HIGH}c${LOW}😀`)).toBe("a\uFFFDb\uFFFDc\uFFFD😀");
  });

  it("makes every string of a JSON value storable, keys included, without setting a prototype from __proto__", () => {
    const value = JSON.parse('{"a\\u0000":["\\ud800",{"b":"\\u0000"}],"n":1,"__proto__":{"x":"\\udc00"}}');
    const out = toStorableJson(value) as Record<string, unknown>;
    expect(out).toEqual({ "a\uFFFD": ["\uFFFD", { b: "\uFFFD" }], n: 1, ["__proto__"]: { x: "\uFFFD" } });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(unstorablePaths(out)).toEqual([]);
  });
});

describe("zod pieces", () => {
  it("browserText replaces before trim and max", () => {
    const schema = browserText().trim().max(3);
    expect(schema.parse(` a${HIGH}\u0000 `)).toBe("a\uFFFD\uFFFD");
    expect(schema.safeParse("abcd").success).toBe(false);
  });

  it("browserJson replaces inside any value", () => {
    expect(browserJson().parse({ k: [`x${LOW}`] })).toEqual({ k: ["x\uFFFD"] });
  });

  it("parseInput refuses unstorable text left in plain fields, naming each path", () => {
    const schema = z.object({ id: z.string(), tags: z.array(z.string()), note: browserText() });
    expect(parseInput(schema, { id: "a", tags: ["b"], note: "\u0000" }, "body")).toEqual({ id: "a", tags: ["b"], note: "\uFFFD" });
    expect(() => parseInput(schema, { id: "a\u0000", tags: ["ok", HIGH], note: "" }, "body")).toThrow(
      expect.objectContaining({
        code: "validation_failed",
        details: { fields: { id: [expect.any(String)], "tags.1": [expect.any(String)] } },
      }),
    );
  });
});
