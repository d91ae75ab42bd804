// A quote's translation into the research language (issue #17), shown under the verbatim quote.
// The quote element itself carries `lang` (its language) and dir="auto", so Arabic or Hebrew
// quotes render right-to-left inside a left-to-right dashboard; the translation is labelled so
// nobody mistakes it for the participant's words. No hooks: usable from server and client components.
import { cx } from "@/components/ui/cx";
import { englishLanguageName } from "@/lib/languages/supported";

/** Props for the quote element: its language and direction. */
export function quoteAttributes(language: string | null | undefined): { lang?: string; dir: "auto" } {
  return language ? { lang: language, dir: "auto" } : { dir: "auto" };
}

export function QuoteTranslation({
  translation,
  language,
  className,
  inline = false,
}: {
  translation: string | null | undefined;
  /** the original quote's language, named in the label */
  language?: string | null;
  className?: string;
  /** render as spans (inside a button) instead of a paragraph */
  inline?: boolean;
}) {
  if (!translation) return null;
  const Tag = inline ? "span" : "p";
  return (
    <Tag className={cx("block text-[13px] leading-relaxed text-zinc-600", className)} data-testid="quote-translation">
      <span className="font-medium text-zinc-700">Translation{language ? ` from ${englishLanguageName(language)}` : ""}:</span>{" "}
      <span dir="auto">{translation}</span>
    </Tag>
  );
}
