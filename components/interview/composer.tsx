"use client";
// Where the participant writes: Enter sends, Shift+Enter starts a new line, a counter up to the limit.
import { useTranslations } from "next-intl";
import { useId } from "react";
import { cx } from "@/components/ui/cx";

/** Counted the way the server counts (code points), so an emoji is one character. */
const length = (text: string) => Array.from(text).length;

export function Composer(props: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  busy: boolean;
  disabled: boolean;
  maxChars: number;
  error: string | null;
}) {
  const t = useTranslations("participant.composer");
  const id = useId();
  const count = length(props.value);
  const over = count > props.maxChars;
  const canSend = !props.busy && !props.disabled && !over && props.value.trim().length > 0;

  return (
    <form
      className="border-t border-zinc-200 bg-zinc-50/60 px-4 py-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSend) props.onSubmit();
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {t("label")}
      </label>
      <div className="flex items-end gap-3">
        <textarea
          id={`${id}-input`}
          rows={3}
          value={props.value}
          disabled={props.disabled}
          placeholder={props.disabled ? "" : t("placeholder")}
          aria-invalid={over || undefined}
          aria-describedby={`${id}-hint ${id}-count${props.error ? ` ${id}-error` : ""}`}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              if (canSend) props.onSubmit();
            }
          }}
          className={cx(
            "block max-h-48 min-h-[4.5rem] w-full resize-y rounded-lg border bg-white px-3.5 py-2.5 text-[15px] leading-relaxed text-zinc-900 shadow-xs",
            "placeholder:text-zinc-500 focus:outline-2 focus:-outline-offset-1 disabled:bg-zinc-100",
            over ? "border-red-400 focus:outline-red-500" : "border-zinc-300 focus:border-(--brand) focus:outline-(--brand)",
          )}
        />
        <button
          type="submit"
          disabled={!canSend}
          className="inline-flex h-11 shrink-0 items-center rounded-lg bg-(--brand) px-5 text-sm font-semibold text-(--brand-fg) shadow-sm transition-opacity hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand) disabled:opacity-40"
        >
          {props.busy ? t("sending") : t("send")}
        </button>
      </div>
      <div className="mt-1.5 flex items-start justify-between gap-3 text-xs">
        <p id={`${id}-hint`} className="text-zinc-500">
          {t("hint")}
        </p>
        <p
          id={`${id}-count`}
          className={cx(
            "shrink-0 tabular-nums",
            over ? "font-medium text-red-700" : count > props.maxChars * 0.9 ? "text-amber-700" : "text-zinc-500",
          )}
          data-testid="char-count"
        >
          {t("count", { count, max: props.maxChars })}
          {over && <span> · {t("tooMany", { over: count - props.maxChars })}</span>}
        </p>
      </div>
      {props.error && (
        <p id={`${id}-error`} role="alert" className="mt-2 text-sm text-red-700">
          {props.error}
        </p>
      )}
    </form>
  );
}
