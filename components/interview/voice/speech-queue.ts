// The interviewer's voice: sentences arrive one by one while the reply is still being written, and
// are played in order through ONE <audio> element (a second element would overlap them, and
// browsers only let an element that has already played after a click play again without one).

export interface SpeechItem {
  /** the reply's sentence index; prompts (silence, say it again) use -1 and play before anything queued later */
  index: number;
  text: string;
  url: string;
}

export interface SpeechQueueEvents {
  /** a sentence starts playing (its text is the live caption) or nothing is left (null) */
  onCaption: (text: string | null) => void;
  /** playing or not: the room shows "Speaking" while it is */
  onActive: (active: boolean) => void;
  /** the browser refused to play without a click (autoplay policy) */
  onBlocked: () => void;
}

export function createSpeechQueue(audio: HTMLAudioElement, events: SpeechQueueEvents) {
  let queue: SpeechItem[] = [];
  let current: SpeechItem | null = null;
  let paused = false;

  function playNext() {
    if (current || paused) return;
    const next = queue.shift();
    if (!next) {
      events.onCaption(null);
      events.onActive(false);
      return;
    }
    current = next;
    events.onActive(true);
    events.onCaption(next.text);
    audio.src = next.url;
    audio.play().catch((e: unknown) => {
      if (e instanceof DOMException && e.name === "NotAllowedError") {
        // keep the sentence: a click on "Play" resumes from it
        queue.unshift(next);
        current = null;
        events.onBlocked();
      }
      // AbortError: stop() replaced the source; other errors arrive as the element's `error` event
    });
  }

  function finished() {
    // an `error` after clear() (the source was removed) is not the end of a sentence
    if (!current) return;
    current = null;
    playNext();
  }
  audio.addEventListener("ended", finished);
  audio.addEventListener("error", finished);

  return {
    /** Queues a sentence of the reply (in index order) and starts playing when idle. */
    add(item: SpeechItem) {
      queue.push(item);
      queue.sort((a, b) => a.index - b.index);
      playNext();
    },
    /** Stops the sentence playing and forgets everything queued (barge-in, a restarted reply). */
    clear() {
      queue = [];
      current = null;
      audio.pause();
      audio.removeAttribute("src");
      audio.load();
      events.onCaption(null);
      events.onActive(false);
    },
    pause() {
      paused = true;
      audio.pause();
    },
    resume() {
      paused = false;
      if (current) audio.play().catch(() => events.onBlocked());
      else playNext();
    },
    /** After a click: play what the autoplay policy blocked. */
    retry() {
      playNext();
    },
    get busy() {
      return current !== null || queue.length > 0;
    },
    dispose() {
      audio.removeEventListener("ended", finished);
      audio.removeEventListener("error", finished);
      this.clear();
    },
  };
}

export type SpeechQueue = ReturnType<typeof createSpeechQueue>;
