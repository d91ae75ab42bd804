import { describe, expect, it } from "vitest";
import { Batcher, byteLength, splitBySize, type Timers } from "./batcher";

function fakeTimers() {
  let pending: { fn: () => void; ms: number } | null = null;
  const timers: Timers = {
    set: (fn, ms) => (pending = { fn, ms }),
    clear: () => (pending = null),
  };
  return {
    timers,
    fire: () => pending?.fn(),
    get pending() {
      return pending;
    },
  };
}

describe("Batcher", () => {
  it("closes a batch when it reaches the count limit", () => {
    const batches: number[][] = [];
    const t = fakeTimers();
    const b = new Batcher<number>({ maxCount: 3, maxBytes: 10_000, maxWaitMs: 5000 }, (x) => batches.push(x), t.timers);
    [1, 2, 3, 4].forEach((n) => b.add(n));
    expect(batches).toEqual([[1, 2, 3]]);
    expect(b.size).toBe(1);
  });

  it("closes a batch maxWaitMs after its first item", () => {
    const batches: number[][] = [];
    const t = fakeTimers();
    const b = new Batcher<number>({ maxCount: 50, maxBytes: 10_000, maxWaitMs: 5000 }, (x) => batches.push(x), t.timers);
    b.add(1);
    expect(t.pending?.ms).toBe(5000);
    b.add(2);
    t.fire();
    expect(batches).toEqual([[1, 2]]);
    expect(t.pending).toBeNull();
  });

  it("closes a batch before an item would push it over maxBytes", () => {
    const batches: string[][] = [];
    const t = fakeTimers();
    const b = new Batcher<string>({ maxCount: 50, maxBytes: 25, maxWaitMs: 5000 }, (x) => batches.push(x), t.timers);
    b.add("aaaaaaaa"); // 10 bytes of JSON + 1
    b.add("bbbbbbbb");
    b.add("cccccccc"); // would make 33
    expect(batches).toEqual([["aaaaaaaa", "bbbbbbbb"]]);
    b.flush();
    expect(batches).toEqual([["aaaaaaaa", "bbbbbbbb"], ["cccccccc"]]);
    b.flush();
    expect(batches).toHaveLength(2);
  });

  it("sends an item bigger than maxBytes alone", () => {
    const batches: string[][] = [];
    const b = new Batcher<string>({ maxCount: 50, maxBytes: 5, maxWaitMs: 5000 }, (x) => batches.push(x), fakeTimers().timers);
    b.add("a");
    b.add("much too long");
    expect(batches).toEqual([["a"], ["much too long"]]);
  });
});

describe("byteLength", () => {
  it("counts UTF-8 bytes of the JSON", () => {
    for (const v of ["ascii", "é", "中文", "😀 emoji", { a: ["ß", 1] }]) expect(byteLength(v)).toBe(Buffer.byteLength(JSON.stringify(v)));
  });
});

describe("splitBySize", () => {
  it("groups by count and bytes, keeping order", () => {
    expect(splitBySize([1, 2, 3, 4, 5], 2, 1000)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitBySize(["aaaa", "bbbb", "cccc"], 10, 15)).toEqual([["aaaa", "bbbb"], ["cccc"]]);
    expect(splitBySize([], 10, 10)).toEqual([]);
  });
});
