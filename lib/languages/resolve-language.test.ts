import { describe, expect, it } from "vitest";
import { offeredLanguages, parseAcceptLanguage, resolveParticipantLanguage } from "./resolve-language";
import { sameLanguage, toSupportedLanguage } from "./supported";

const offered = ["es", "en", "ja"];

describe("participant language", () => {
  it("maps tags to the supported list: exact, case and region fallbacks", () => {
    expect(toSupportedLanguage("pt-br")).toBe("pt-BR");
    expect(toSupportedLanguage("pt")).toBe("pt-BR");
    expect(toSupportedLanguage("es-MX")).toBe("es");
    expect(toSupportedLanguage("de_AT")).toBe("de");
    expect(toSupportedLanguage("fr")).toBeNull();
    expect(toSupportedLanguage("")).toBeNull();
  });

  it("orders Accept-Language by q-value, keeps header order for ties and drops q=0 and *", () => {
    expect(parseAcceptLanguage("en;q=0.5, ja, es;q=0.9, fr;q=0, *;q=0.1")).toEqual(["ja", "es", "en"]);
    expect(parseAcceptLanguage("de-DE,de;q=0.9")).toEqual(["de-DE", "de"]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });

  it("link beats choice beats browser beats the project's first language", () => {
    const base = { interviewLanguages: offered, acceptLanguage: "ja,en;q=0.8" };
    expect(resolveParticipantLanguage({ ...base, link: "en", choice: "es" })).toEqual({ language: "en", source: "link" });
    expect(resolveParticipantLanguage({ ...base, choice: "es" })).toEqual({ language: "es", source: "choice" });
    expect(resolveParticipantLanguage(base)).toEqual({ language: "ja", source: "browser" });
    expect(resolveParticipantLanguage({ interviewLanguages: offered })).toEqual({ language: "es", source: "project" });
  });

  it("never picks a language the project does not offer: a link or browser asking for one falls through", () => {
    expect(resolveParticipantLanguage({ link: "de", acceptLanguage: "fr, de;q=0.9, en;q=0.5", interviewLanguages: offered })).toEqual({
      language: "en",
      source: "browser",
    });
    expect(resolveParticipantLanguage({ link: "xx-!!", interviewLanguages: ["de"] })).toEqual({ language: "de", source: "project" });
    // a project without a usable list still interviews in English
    expect(offeredLanguages([])).toEqual(["en"]);
    expect(offeredLanguages(["pt", "pt-BR", "zz"])).toEqual(["pt-BR"]);
  });

  it("compares languages by primary subtag", () => {
    expect(sameLanguage("pt-BR", "pt")).toBe(true);
    expect(sameLanguage("es", "en")).toBe(false);
  });
});
