import { describe, expect, it } from "vitest";
import { spokenText } from "./noise";

describe("spoken text of a turn", () => {
  it("is null for silence, noise notes and Whisper's subtitle hallucinations", () => {
    for (const raw of ["", "   ", "...", "…", "[inaudible]", "(coughs)", "[Music] ♪", "Thank you for watching.", "*sigh*"])
      expect(spokenText(raw), raw).toBeNull();
  });
  it("keeps what was said, without the notes around it", () => {
    expect(spokenText("[inaudible] I use it every Monday.")).toBe("I use it every Monday.");
    expect(spokenText("Sí, lo uso cada lunes.")).toBe("Sí, lo uso cada lunes.");
    expect(spokenText("毎週月曜日に使います。")).toBe("毎週月曜日に使います。");
  });
});
