// The participant pages' catalogues are complete (issue #17): every locale has exactly English's
// keys in every namespace, no empty text, and each translation uses the same ICU arguments and
// rich-text tags as English — so a key added in English and forgotten elsewhere fails here, not on
// a participant's screen.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "@/lib/languages/supported";
import { icuArguments } from "./icu-arguments";
import { loadMessages } from "./load-messages";
import { NAMESPACES } from "./namespaces";

type Tree = { [key: string]: string | Tree };

function read(locale: string, ns: string): Tree {
  return JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${ns}.json`), "utf8")) as Tree;
}

/** key path → message, for every leaf */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else if (value && typeof value === "object" && !Array.isArray(value)) for (const [k, v] of leaves(value, at)) out.set(k, v);
    else out.set(at, `<not a string: ${JSON.stringify(value)}>`);
  }
  return out;
}

describe("participant message catalogues", () => {
  it("parses ICU arguments, plurals, selects and tags", () => {
    expect(icuArguments("Hi {name}, {count, plural, one {# answer} other {# answers from {who}}} <b>now</b>")).toEqual([
      "</b>",
      "<b>",
      "count:plural",
      "name",
      "who",
    ]);
    expect(icuArguments("{kind, select, audio {Audio} other {Text}}")).toEqual(["kind:select[audio,other]"]);
    expect(() => icuArguments("{broken")).toThrow();
  });

  for (const ns of NAMESPACES) {
    const en = leaves(read("en", ns));

    for (const locale of LANGUAGE_CODES) {
      describe(`${locale}/${ns}.json`, () => {
        const messages = leaves(read(locale, ns));

        it("has exactly English's keys", () => {
          const missing = [...en.keys()].filter((k) => !messages.has(k));
          const extra = [...messages.keys()].filter((k) => !en.has(k));
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        });

        it("has no empty messages", () => {
          expect([...messages].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
        });

        it("uses the same ICU arguments and tags as English", () => {
          const wrong = [...messages]
            .filter(([k]) => en.has(k))
            .map(([k, v]) => ({ key: k, en: icuArguments(en.get(k)!), [locale]: icuArguments(v) }))
            .filter((d) => JSON.stringify(d.en) !== JSON.stringify(d[locale]));
          expect(wrong).toEqual([]);
        });
      });
    }
  }

  it("loadMessages merges the namespaces and falls back to English for an unknown locale", async () => {
    const ja = await loadMessages("ja");
    expect(Object.keys(ja).sort()).toEqual([...NAMESPACES].sort());
    expect(await loadMessages("fr")).toEqual(await loadMessages("en"));
    expect(await loadMessages("pt-br")).toEqual(await loadMessages("pt-BR"));
  });
});
