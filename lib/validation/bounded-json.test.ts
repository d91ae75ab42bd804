import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jsonDepth, MAX_JSON_DEPTH, parseJsonBody } from "./bounded-json";

describe("jsonDepth", () => {
  it("counts nesting of arrays and objects, ignoring brackets inside strings and escaped quotes", () => {
    expect(jsonDepth('"x"')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[[{{{{","b":"\\"[[["}')).toBe(1);
    expect(jsonDepth('["\\\\",[]]')).toBe(2);
  });

  it("stops scanning as soon as the limit is passed", () => {
    expect(jsonDepth("[".repeat(1_000_000), 10)).toBe(11);
  });
});

describe("parseJsonBody", () => {
  it("parses JSON up to the depth limit", () => {
    const deepest = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    expect(() => parseJsonBody(deepest)).not.toThrow();
  });

  it("refuses 100,000 levels in 200 KB with a 400 before parsing, and invalid JSON with a 400", () => {
    const bomb = "[".repeat(100_000) + "]".repeat(100_000);
    expect(bomb.length).toBe(200_000);
    const deep = (() => {
      try {
        parseJsonBody(bomb);
      } catch (e) {
        return e;
      }
    })();
    expect(deep).toBeInstanceOf(AppError);
    expect(deep).toMatchObject({ code: "bad_request", details: { maxDepth: MAX_JSON_DEPTH } });
    expect(() => parseJsonBody("{nope")).toThrow(expect.objectContaining({ code: "bad_request" }));
  });
});
