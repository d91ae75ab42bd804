// The follow-up verdicts as a comment on the merged pull request: overall verdict with its rule, the
// impact numbers, per criterion the counts, and the quotes — already redacted by the verification
// view, numbered participants only, and neutralised so a participant's "#12" or "@name" neither
// links nor pings on GitHub (ADR 012). The marker lets a lost comment id be found again.
import type { TaskVerification } from "@/lib/follow-up/get-task-verification";
import { neutralizeGithubReferences } from "./neutralize-github-references";

export const VERIFICATION_COMMENT_MARKER = "<!-- usertests:verification -->";

/** A quote on GitHub: one line, bounded, participants' text made inert. */
const QUOTE_CHARS = 280;

const VERDICT_WORDS = { fixed: "fixed", partly: "partly", not_fixed: "not fixed", not_tried: "not tried" } as const;
const STATUS_WORDS = {
  fixed: "✅ fixed",
  partly: "🟡 partly",
  not_fixed: "❌ not fixed",
  not_enough_evidence: "… not enough answers",
} as const;
const IMPACT_WORDS = { improved: "improved", no_change: "no change", worse: "worse", not_enough_data: "not enough data yet" } as const;

function inert(text: string, max = QUOTE_CHARS): string {
  const line = text.replace(/\s+/g, " ").trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  // a table cell ends at "|"; "<" could open an HTML comment or tag
  return neutralizeGithubReferences(cut).replace(/\|/g, "\\|").replace(/</g, "&lt;");
}

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);

export function renderVerificationComment(v: TaskVerification): string {
  const o = v.overall;
  const lines = [
    VERIFICATION_COMMENT_MARKER,
    `### Did it work? ${o.label}`,
    "",
    `Follow-up interviews with ${v.participants} ${v.participants === 1 ? "participant" : "participants"} whose words led to this change. ${o.reason}`,
    `<sub>Rule \`${o.rule}\` (UserTests ADR 017). Participants are numbered, never named; personal data in quotes is redacted.</sub>`,
  ];
  if (v.impact) {
    const i = v.impact;
    const change = i.changePercent === null ? "" : ` (${i.changePercent > 0 ? "+" : ""}${i.changePercent} %)`;
    lines.push(
      "",
      `**Impact:** ${pct(i.baselineRate)} of ${i.baselineSessions} sessions before the merge → ${pct(i.currentRate)} of ${i.currentSessions} after${change}: ${IMPACT_WORDS[i.verdict]}.`,
    );
  }
  if (o.disagreement) lines.push("", `> [!WARNING]`, `> ${o.disagreement}`);
  if (v.criteria.length) {
    lines.push("", "| Acceptance criterion | Fixed | Partly | Not fixed | Not tried | Result |", "|---|---:|---:|---:|---:|---|");
    for (const c of v.criteria)
      lines.push(
        `| ${c.index + 1}. ${inert(c.criterion, 120)} | ${c.counts.fixed} | ${c.counts.partly} | ${c.counts.not_fixed} | ${c.counts.not_tried} | ${STATUS_WORDS[c.status]} |`,
      );
    for (const c of v.criteria) {
      if (!c.quotes.length) continue;
      lines.push("", `**${c.index + 1}. ${inert(c.criterion, 120)}**`, "");
      for (const q of c.quotes) {
        const said = q.quote ? ` — “${inert(q.quote)}”` : "";
        const note = q.verdict !== "not_tried" && !q.counted ? " _(unclear answer, not counted)_" : "";
        lines.push(`- ${q.participant}: ${VERDICT_WORDS[q.verdict]}${note}${said} ([moment](${q.momentUrl}))`);
      }
    }
  }
  return lines.join("\n");
}
