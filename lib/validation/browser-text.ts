// zod building blocks for text a participant's browser produced (messages, names, screener answers,
// page labels and URLs in events): NUL and lone surrogates are replaced by U+FFFD before any other
// check, so a participant never loses what they wrote, or a batch of events, to a character they
// cannot see. Ids, keys and queries use plain z.string(): route() refuses them with a 400 (ADR 012).
import { z } from "zod";
import { toStorableJson, toStorableText } from "./storable-text";

/** A string from the participant's browser, made storable first; chain .trim(), .max()… as usual. */
export const browserText = () => z.string().overwrite(toStorableText);

/** Any JSON value from the participant's browser (event data, screener answers), every string made storable. */
export const browserJson = () => z.unknown().transform(toStorableJson);
