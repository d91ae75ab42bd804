// The fast path must return what zod returns for every batch it accepts, and leave every batch zod
// refuses (or that the route wrapper's unstorable-text check refuses) to zod.
import { describe, expect, it } from "vitest";
import { parseInput } from "@/lib/validation/storable-input";
import { fastEventBatch } from "./event-batch-fast-path";
import { eventBatchSchema } from "./schemas";

const event = (over: Record<string, unknown> = {}) => ({
  id: "e-1",
  type: "click",
  offsetMs: 1200,
  url: "https://shop.example.com/checkout",
  data: { selector: "button.buy", text: "Add to cart", x: 412, nested: { list: [1, "two", null, true] } },
  ...over,
});

/** What the route wrapper does without the fast path: zod, then the unstorable-text net. */
function slow(raw: unknown): unknown {
  try {
    return parseInput(eventBatchSchema, raw, "body");
  } catch {
    return "refused";
  }
}

describe("fastEventBatch", () => {
  const accepted: [string, unknown][] = [
    ["a full event", { events: [event()] }],
    ["only the required fields", { events: [{ id: "x", type: "marker", offsetMs: 0 }] }],
    [
      "every type",
      {
        events: ["click", "navigation", "input_change", "scroll", "error", "marker", "custom"].map((type, i) =>
          event({ id: `e${i}`, type }),
        ),
      },
    ],
    ["empty data", { events: [event({ data: {} })] }],
    ["the largest offset", { events: [event({ offsetMs: 2_147_483_647 })] }],
    ["a 64-character id", { events: [event({ id: "i".repeat(64) })] }],
    ["a 2048-character url", { events: [event({ url: "u".repeat(2048) })] }],
    [
      "NUL and a lone surrogate in page text",
      { events: [event({ url: "a\u0000b\ud800", data: { "k\u0000": "v\udc00", deep: [{ "\ud83d": "x" }] } })] },
    ],
    ["a nested __proto__ key", { events: [event({ data: JSON.parse('{"a":{"__proto__":{"x":1}}}') })] }],
    ["input_change without a value", { events: [event({ type: "input_change", data: { field: "email" } })] }],
    ["500 events", { events: Array.from({ length: 500 }, (_, i) => event({ id: `e${i}` })) }],
  ];
  it.each(accepted)("returns what zod returns: %s", (_name, raw) => {
    const fast = fastEventBatch(structuredClone(raw));
    expect(fast).toBeDefined();
    expect(fast).toStrictEqual(slow(structuredClone(raw)));
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow(structuredClone(raw))));
  });

  const refused: [string, unknown][] = [
    ["not an object", []],
    ["null", null],
    ["an unknown top-level key", { events: [event()], extra: 1 }],
    ["no events", { events: [] }],
    ["events not a list", { events: {} }],
    ["501 events", { events: Array.from({ length: 501 }, (_, i) => event({ id: `e${i}` })) }],
    ["an unknown event key", { events: [event({ extra: true })] }],
    ["an empty id", { events: [event({ id: "" })] }],
    ["a 65-character id", { events: [event({ id: "i".repeat(65) })] }],
    ["a numeric id", { events: [event({ id: 7 })] }],
    ["an id with NUL", { events: [event({ id: "a\u0000" })] }],
    ["an id with a lone surrogate", { events: [event({ id: "a\ud800" })] }],
    ["an unknown type", { events: [event({ type: "hover" })] }],
    ["a fractional offset", { events: [event({ offsetMs: 1.5 })] }],
    ["a negative offset", { events: [event({ offsetMs: -1 })] }],
    ["an offset past an Int", { events: [event({ offsetMs: 2_147_483_648 })] }],
    ["an offset as text", { events: [event({ offsetMs: "5" })] }],
    ["a null url", { events: [event({ url: null })] }],
    ["a 2049-character url", { events: [event({ url: "u".repeat(2049) })] }],
    ["data as a list", { events: [event({ data: [1] })] }],
    ["null data", { events: [event({ data: null })] }],
    ["data as text", { events: [event({ data: "x" })] }],
    ["data over 8 KB", { events: [event({ data: { text: "x".repeat(8200) } })] }],
    ["input_change with the input's value", { events: [event({ type: "input_change", data: { value: "secret" } })] }],
    ["a top-level __proto__ key in data", { events: [event({ data: JSON.parse('{"__proto__":{"x":1},"a":1}') })] }],
    ["one bad event among good ones", { events: [event(), event({ id: "e2", offsetMs: -5 })] }],
  ];
  it.each(refused)("leaves it to zod: %s", (_name, raw) => {
    expect(fastEventBatch(raw)).toBeUndefined();
  });

  // the route's preprocess turns 501 events into a 413 before the schema; zod has its own rule for __proto__
  it("leaves to zod only what it must: of the cases above, zod's schema accepts only those two", () => {
    const zodAccepts = refused.filter(([, raw]) => slow(structuredClone(raw)) !== "refused").map(([name]) => name);
    expect(zodAccepts).toEqual(["501 events", "a top-level __proto__ key in data"]);
  });
});
