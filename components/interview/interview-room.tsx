"use client";
// The interview room: the lobby (consents, permission check, name/email, Start), then the chat with
// the interviewer's streamed answers, "try again" for an unanswered message, and End. A reload
// resumes from the server's state (messages, an unanswered message, recording to resume).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import Script from "next/script";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, errorMessage } from "@/components/api-client";
import { cx } from "@/components/ui/cx";
import { ChatLog } from "./chat-log";
import { Composer } from "./composer";
import { EndDialog } from "./end-dialog";
import { Lobby } from "./lobby";
import {
  endInterview,
  fetchView,
  sendMessage,
  startInterview,
  type InterviewView,
  type MessageView,
  type ReplyOutcome,
} from "./participant-api";
import { RecordingBadge } from "./recording-badge";
import { useRecorder } from "./use-recorder";
import { TalkInsteadButton, VoicePanel } from "./voice/voice-panel";

export interface PendingMessage {
  clientMessageId: string;
  content: string;
  state: "sending" | "failed";
  error?: string;
}

function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * After a reload: the message still waiting for an answer, offered for "try again" — or, when the
 * interview reached its end but did not finish closing, the last message (resending it completes the end).
 */
function pendingFrom(view: InterviewView, t: (key: "almostFinished" | "notAnswered") => string): PendingMessage | null {
  const closing = view.interviewer.closing && !view.interviewer.awaitingReplyFor;
  const id = closing
    ? [...view.messages].reverse().find((m) => m.role === "participant")?.clientMessageId
    : view.interviewer.awaitingReplyFor;
  const message = id ? view.messages.find((m) => m.clientMessageId === id) : null;
  if (!id || !message) return null;
  const error = closing ? t("almostFinished") : t("notAnswered");
  return { clientMessageId: id, content: message.content, state: "failed", error };
}

export function InterviewRoom({ initial, publicKey }: { initial: InterviewView; publicKey: string }) {
  const router = useRouter();
  const t = useTranslations("participant.room");
  const tLobby = useTranslations("participant.lobby");
  // the browser's own network errors in the page's language; the server's messages stay as sent
  const describe = (e: unknown) =>
    e instanceof ApiError && e.code === "network_error"
      ? /interrupted/i.test(e.message)
        ? t("interrupted")
        : t("networkError")
      : errorMessage(e);
  const sessionId = initial.session.id;
  const completeUrl = `/u/complete/${encodeURIComponent(sessionId)}?key=${encodeURIComponent(publicKey)}`;
  const [session, setSession] = useState(initial.session);
  const [interviewer, setInterviewer] = useState(initial.interviewer);
  const [messages, setMessages] = useState<MessageView[]>(initial.messages);
  const [pending, setPending] = useState<PendingMessage | null>(() => pendingFrom(initial, t));
  const [streamText, setStreamText] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const [composerError, setComposerError] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [ended, setEnded] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [wantsScreen, setWantsScreen] = useState(true);
  const recorder = useRecorder({ publicKey, sessionId, consent: initial.session.consents });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [started, setStarted] = useState(false);
  const [openingSpeech, setOpeningSpeech] = useState<{ index: number; text: string; url: string }[]>([]);
  // a voice interview (#18) starts spoken; the participant may switch to typing and back at any moment
  const voiceOffered = initial.session.mode === "voice" && initial.voice.available;
  const [voiceMode, setVoiceMode] = useState(voiceOffered);

  const addMessage = useCallback((m: MessageView) => {
    setMessages((list) => (list.some((x) => x.id === m.id) ? list : [...list, m].sort((a, b) => a.offsetMs - b.offsetMs)));
  }, []);

  const refresh = useCallback(async () => {
    const view = await fetchView(sessionId, publicKey);
    setSession(view.session);
    setInterviewer(view.interviewer);
    setMessages(view.messages);
    return view;
  }, [sessionId, publicKey]);

  /** A reply's outcome, typed or spoken: the answer joins the transcript, the session's progress follows. */
  const applyOutcome = useCallback(
    (outcome: ReplyOutcome) => {
      if (outcome.reply) addMessage(outcome.reply);
      setSession((s) => ({
        ...s,
        status: outcome.session.status as typeof s.status,
        phase: outcome.session.phase as typeof s.phase,
        participantTurns: outcome.session.participantTurns,
      }));
      if (outcome.ended) setEnded(true);
    },
    [addMessage],
  );

  // an interview that ends (the closing message, or ended elsewhere) stops the recorder
  // Start replaced the lobby (and its button) with the room: focus goes to the room's heading, not to <body>
  useEffect(() => {
    if (started) headingRef.current?.focus();
  }, [started]);

  const { stop: stopRecorder } = recorder;
  useEffect(() => {
    if (ended) void stopRecorder();
  }, [ended, stopRecorder]);

  function begin(body: { participantName?: string; participantEmail?: string }, options: { record: boolean }) {
    // inside the click: the recorder asks for the microphone and screen before anything is awaited
    const recording = options.record ? recorder.start({ screen: wantsScreen }) : Promise.resolve();
    setStarting(true);
    setStartError(null);
    void (async () => {
      try {
        const res = await startInterview(sessionId, publicKey, body);
        setSession((s) => ({ ...s, status: "active", phase: res.session.phase as typeof s.phase }));
        if (res.opening) addMessage(res.opening);
        if (res.openingSpeech?.length) setOpeningSpeech(res.openingSpeech);
        setStarted(true);
      } catch (e) {
        setStartError(describe(e));
        await refresh().catch(() => null);
      } finally {
        setStarting(false);
      }
      await recording;
    })();
  }

  async function send(clientMessageId: string, content: string) {
    setComposerError(null);
    setPending({ clientMessageId, content, state: "sending" });
    setStreamText(null);
    try {
      const outcome = await sendMessage(sessionId, publicKey, { clientMessageId, content }, (event) => {
        if (event.event === "accepted") {
          addMessage(event.data.message);
          setStreamText("");
        } else if (event.event === "delta") setStreamText((t) => (t ?? "") + event.data.text);
        else if (event.event === "reset") setStreamText("");
      });
      setPending(null);
      setStreamText(null);
      applyOutcome(outcome);
    } catch (e) {
      setStreamText(null);
      if (e instanceof ApiError && (e.status === 400 || e.status === 413)) {
        // refused as written: nothing was stored, so the text goes back into the box
        setPending(null);
        setDraft((d) => d || content);
        setComposerError(e.message);
        return;
      }
      if (e instanceof ApiError && e.status === 409) {
        setPending(null);
        const view = await refresh().catch(() => null);
        if (view && view.session.status !== "active") setEnded(true);
        else setComposerError(e.message);
        return;
      }
      setPending({ clientMessageId, content, state: "failed", error: describe(e) });
    }
  }

  function submit() {
    const content = draft.trim();
    if (!content || pending?.state === "sending") return;
    setDraft("");
    void send(newId(), content);
  }

  async function end() {
    await recorder.stop();
    await endInterview(sessionId, publicKey);
    router.push(completeUrl);
  }

  const progress = useMemo(() => Math.min(100, Math.round((session.participantTurns / session.maxParticipantTurns) * 100)), [session]);
  const script = recorder.wanted && (
    <Script src="/sdk.js" strategy="afterInteractive" onReady={recorder.onScriptLoad} onError={recorder.onScriptError} />
  );

  if (session.status === "pending") {
    return (
      <>
        {script}
        <Lobby
          view={{ ...initial, session, interviewer }}
          recording={recorder.status}
          screen={wantsScreen}
          onScreenChange={setWantsScreen}
          starting={starting}
          error={startError}
          onStart={(body) => begin(body, { record: true })}
        />
      </>
    );
  }

  const sending = pending?.state === "sending";
  const opening = messages.length === 0 && !ended;
  return (
    <>
      {script}
      <div className="space-y-4" data-testid="interview-room">
        <header className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{t("eyebrow")}</p>
            {/* a long study title wraps on a phone rather than being cut off */}
            <h1
              ref={headingRef}
              tabIndex={-1}
              lang={initial.screener?.fallback.includes("title") ? initial.screener.mainLanguage : undefined}
              dir={initial.screener ? "auto" : undefined}
              className="text-xl font-semibold tracking-tight break-words text-zinc-900 focus:outline-none"
            >
              {initial.screener?.title ?? tLobby("defaultTitle")}
            </h1>
          </div>
          <RecordingBadge status={recorder.status} spoken={voiceMode} onResume={() => void recorder.start({ screen: wantsScreen })} />
        </header>

        <div
          role="progressbar"
          aria-label={t("progress")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={ended ? 100 : progress}
          className="h-1 overflow-hidden rounded-full bg-zinc-200"
        >
          <div
            className="h-full rounded-full bg-(--brand) transition-[width] duration-500"
            style={{ width: `${ended ? 100 : progress}%` }}
          />
        </div>

        <section
          aria-label={t("conversation")}
          className="flex h-[min(68vh,640px)] min-h-[420px] flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm"
        >
          <ChatLog
            language={initial.session.language}
            messages={messages}
            pending={pending}
            streamText={streamText}
            onRetry={() => pending && void send(pending.clientMessageId, pending.content)}
            opening={opening}
            openingError={opening ? startError : null}
            onRetryOpening={() => begin({}, { record: false })}
            startingOpening={starting}
          />
          {ended ? (
            <div className="border-t border-zinc-200 bg-zinc-50 px-5 py-4" role="status" data-testid="interview-ended">
              <p className="font-medium text-zinc-900">{t("endedTitle")}</p>
              <p className="mt-0.5 text-sm text-zinc-600">{t("endedBody")}</p>
              <button
                type="button"
                onClick={() => router.push(completeUrl)}
                className="mt-3 inline-flex h-10 items-center rounded-lg bg-(--brand) px-4 text-sm font-semibold text-(--brand-fg) shadow-sm hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-(--brand)"
              >
                {t("continue")}
              </button>
            </div>
          ) : voiceMode ? (
            <VoicePanel
              sessionId={sessionId}
              publicKey={publicKey}
              language={initial.session.language}
              enabled={!opening && interviewer.available}
              onTranscript={addMessage}
              onStream={setStreamText}
              onOutcome={applyOutcome}
              onResync={refresh}
              onConflict={() =>
                void refresh().then(
                  (v) => v.session.status !== "active" && setEnded(true),
                  () => null,
                )
              }
              onTypeInstead={() => setVoiceMode(false)}
              openingSpeech={openingSpeech}
            />
          ) : (
            <>
              <Composer
                value={draft}
                onChange={(v) => {
                  setDraft(v);
                  if (composerError) setComposerError(null);
                }}
                onSubmit={submit}
                busy={sending}
                disabled={opening || !interviewer.available}
                maxChars={session.maxMessageChars}
                error={composerError ?? (!interviewer.available ? tLobby("interviewerUnavailable") : null)}
              />
              {voiceOffered && <TalkInsteadButton onClick={() => setVoiceMode(true)} />}
            </>
          )}
        </section>

        {!ended && (
          <div className="flex items-center justify-between gap-3 text-sm text-zinc-500">
            <p>{t("reassurance")}</p>
            <button
              type="button"
              onClick={() => setConfirmEnd(true)}
              className={cx(
                "inline-flex h-9 shrink-0 items-center rounded-lg border border-zinc-300 bg-white px-3 font-medium text-zinc-700 shadow-xs",
                "hover:border-red-300 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600",
              )}
            >
              {t("end")}
            </button>
          </div>
        )}
      </div>
      <EndDialog open={confirmEnd} onClose={() => setConfirmEnd(false)} onConfirm={end} />
    </>
  );
}
