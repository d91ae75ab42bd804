"use client";
// The conversation: interviewer on the left, participant on the right, the answer appearing as it
// streams, and "try again" on a message the interviewer has not answered.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { cx } from "@/components/ui/cx";
import type { PendingMessage } from "./interview-room";
import type { MessageView } from "./participant-api";

function Bubble({
  role,
  children,
  muted,
  testId,
  lang,
}: {
  role: "participant" | "interviewer";
  children: React.ReactNode;
  muted?: boolean;
  testId?: string;
  lang?: string | null;
}) {
  const t = useTranslations("participant.chat");
  const mine = role === "participant";
  return (
    <div className={cx("flex", mine ? "justify-end" : "justify-start")} data-testid={testId} data-role={role}>
      <div
        className={cx(
          "max-w-[85%] rounded-2xl px-4 py-2.5 text-[15px] leading-relaxed whitespace-pre-wrap break-words",
          mine ? "rounded-ee-md bg-(--brand) text-(--brand-fg)" : "rounded-es-md bg-zinc-100 text-zinc-900",
          muted && "opacity-70",
        )}
      >
        <span className="sr-only">{mine ? t("you") : t("interviewer")}</span>
        {/* the message alone carries its language and dir="auto" (the page-language label above would decide the direction),
            so a right-to-left message (Arabic, Hebrew) reads right-to-left whatever the page's direction */}
        <span className="block" dir="auto" lang={lang ?? undefined}>
          {children}
        </span>
      </div>
    </div>
  );
}

function Typing() {
  const t = useTranslations("participant.chat");
  return (
    <span className="inline-flex items-center gap-1 py-1" aria-label={t("typing")}>
      {[0, 150, 300].map((d) => (
        <span
          key={d}
          className="size-1.5 animate-bounce rounded-full bg-zinc-400 motion-reduce:animate-none"
          style={{ animationDelay: `${d}ms` }}
        />
      ))}
    </span>
  );
}

export function ChatLog(props: {
  messages: MessageView[];
  pending: PendingMessage | null;
  streamText: string | null;
  onRetry: () => void;
  opening: boolean;
  openingError: string | null;
  onRetryOpening: () => void;
  startingOpening: boolean;
  /** the interview's language (issue #17), set as the conversation's `lang` */
  language?: string | null;
}) {
  const t = useTranslations("participant.chat");
  const scroller = useRef<HTMLDivElement>(null);
  const { messages, pending, streamText } = props;
  const pendingShown = pending && !messages.some((m) => m.clientMessageId === pending.clientMessageId);

  // start at the latest message (a reload resumes there), then follow the conversation unless the
  // participant scrolled up to reread
  const placed = useRef(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (!placed.current || el.scrollHeight - el.scrollTop - el.clientHeight < 160) el.scrollTop = el.scrollHeight;
    placed.current = true;
  }, [messages, streamText, pending]);

  const retry = (
    <button
      type="button"
      onClick={props.onRetry}
      className="inline-flex h-8 shrink-0 items-center rounded-md bg-white px-3 text-sm font-semibold text-amber-900 ring-1 ring-amber-300 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
    >
      {t("tryAgain")}
    </button>
  );

  return (
    <div
      ref={scroller}
      tabIndex={0}
      className="flex-1 space-y-3 overflow-y-auto px-4 py-5 focus-visible:outline-2 focus-visible:outline-(--brand) sm:px-5"
    >
      <div role="log" aria-live="polite" aria-relevant="additions" aria-label={t("messages")} className="space-y-3">
        {messages.map((m) => (
          <Bubble key={m.id} role={m.role === "participant" ? "participant" : "interviewer"} testId="message" lang={props.language}>
            {m.content}
          </Bubble>
        ))}
        {pendingShown && (
          <Bubble role="participant" muted testId="message-pending">
            {pending.content}
          </Bubble>
        )}
      </div>

      {streamText !== null && (
        <div aria-busy="true" data-testid="streaming-reply" lang={props.language ?? undefined}>
          <Bubble role="interviewer">{streamText ? streamText : <Typing />}</Bubble>
        </div>
      )}
      {pending?.state === "sending" && streamText === null && (
        <p className="text-end text-xs text-zinc-500" aria-live="polite">
          {t("sending")}
        </p>
      )}

      {pending?.state === "failed" && (
        <div
          role="alert"
          className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="reply-failed"
        >
          <span className="min-w-0 flex-1">{pending.error ?? t("replyFailed")}</span>
          {retry}
        </div>
      )}

      {props.opening && (
        <div className="py-6 text-center" data-testid="opening">
          {props.openingError ? (
            <div
              role="alert"
              className="inline-flex flex-wrap items-center justify-center gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              <span>{props.openingError}</span>
              <button
                type="button"
                onClick={props.onRetryOpening}
                disabled={props.startingOpening}
                className="inline-flex h-8 items-center rounded-md bg-white px-3 font-semibold ring-1 ring-amber-300 hover:bg-amber-100"
              >
                {t("tryAgain")}
              </button>
            </div>
          ) : props.startingOpening ? (
            <div className="flex justify-start">
              <Bubble role="interviewer">
                <Typing />
              </Bubble>
            </div>
          ) : (
            <button
              type="button"
              onClick={props.onRetryOpening}
              className="inline-flex h-10 items-center rounded-lg bg-(--brand) px-4 text-sm font-semibold text-(--brand-fg) shadow-sm hover:opacity-90"
            >
              {t("continueInterview")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
