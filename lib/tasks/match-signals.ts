// Matching new evidence to tasks — a documented heuristic (docs/decisions/004-task-matching.md).
// Each signal carries a short problem statement ("topic") written by the extraction model. A signal
// joins the open task whose title or existing topics are most similar (Dice coefficient over
// normalised content words) when the similarity reaches MATCH_THRESHOLD; signals that match no
// task are grouped with each other the same way, and each group becomes a new task. Pure.
import type { SignalType, TaskType } from "@/generated/prisma/client";

export const MATCH_THRESHOLD = 0.5;

const STOPWORDS = new Set(
  "a an and are as at be but by can for from has have i in into is it its me my of on or our so that the their them then there they this to too up us was we were what when which while who will with you your not no do does did get got just very really also than".split(
    " ",
  ),
);

/** Content words, lower-cased and crudely stemmed so "exports", "exporting" and "export" meet. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map((w) => w.replace(/(ing|ed|es|s)$/u, "").replace(/(.)\1$/u, "$1"))
    .filter((w) => w.length > 1);
  return new Set(words);
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export interface SignalForMatching {
  id: string;
  type: SignalType;
  topic: string;
  quote: string;
  analysis: string;
  intensity: number;
}

export interface TaskForMatching {
  id: string;
  title: string;
  topics: string[];
}

export interface NewTaskPlan {
  title: string;
  description: string;
  type: TaskType;
  signalIds: string[];
}

export interface MatchPlan {
  links: { taskId: string; signalId: string }[];
  newTasks: NewTaskPlan[];
}

function bestScore(words: Set<string>, profiles: Set<string>[]): number {
  return profiles.reduce((best, p) => Math.max(best, similarity(words, p)), 0);
}

const BUG_WORDS = /\b(error|bug|broken|crash|crashed|fails?|failed|failing|doesn't work|does not work|wrong|lost)\b/i;

export function taskTypeFor(signals: SignalForMatching[]): TaskType {
  const problem = signals.filter((s) => s.type === "struggling_moment" || s.type === "firing_moment");
  if (problem.some((s) => BUG_WORDS.test(`${s.quote} ${s.analysis}`))) return "bug";
  if (signals.every((s) => s.type === "hiring_criteria")) return "research";
  const wants = signals.filter((s) => s.type === "desired_outcome").length;
  if (wants * 2 > signals.length) return "feature";
  return "improvement";
}

function titleFrom(topic: string): string {
  const t = topic.trim().replace(/[.!?]+$/, "");
  return (t.charAt(0).toUpperCase() + t.slice(1)).slice(0, 120);
}

export function planTaskMatches(signals: SignalForMatching[], openTasks: TaskForMatching[]): MatchPlan {
  const taskProfiles = openTasks.map((t) => ({ id: t.id, profiles: [t.title, ...t.topics].map(contentWords) }));
  const links: MatchPlan["links"] = [];
  const unmatched: SignalForMatching[] = [];

  for (const s of signals) {
    const words = contentWords(s.topic);
    let best: { id: string; score: number } | null = null;
    for (const t of taskProfiles) {
      const score = bestScore(words, t.profiles);
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { id: t.id, score };
    }
    if (best) links.push({ taskId: best.id, signalId: s.id });
    else unmatched.push(s);
  }

  // Group the rest: the strongest signal seeds a group, similar topics join it.
  const groups: { seed: Set<string>[]; members: SignalForMatching[] }[] = [];
  for (const s of [...unmatched].sort((a, b) => b.intensity - a.intensity)) {
    const words = contentWords(s.topic);
    const group = groups.find((g) => bestScore(words, g.seed) >= MATCH_THRESHOLD);
    if (group) {
      group.members.push(s);
      group.seed.push(words);
    } else groups.push({ seed: [words], members: [s] });
  }

  const newTasks = groups.map(({ members }) => {
    const lead = members[0];
    const description = [
      lead.analysis || lead.topic,
      "",
      `Evidence so far: ${members.length} signal${members.length === 1 ? "" : "s"}.`,
    ].join("\n");
    return { title: titleFrom(lead.topic), description, type: taskTypeFor(members), signalIds: members.map((m) => m.id) };
  });
  return { links, newTasks };
}
