import { z } from "zod";
import { LANGUAGE_CODES } from "./supported";

/** A supported language code (BCP-47, from the one list in supported.ts). */
export const languageCodeSchema = z.enum(LANGUAGE_CODES, { error: `must be one of ${LANGUAGE_CODES.join(", ")}` });

/** A project's interview languages: 1–6 supported codes, no duplicates; the first is the default. */
export const interviewLanguagesSchema = z
  .array(languageCodeSchema)
  .min(1, "must offer at least one language")
  .max(LANGUAGE_CODES.length)
  .refine((l) => new Set(l).size === l.length, "must not repeat a language");
