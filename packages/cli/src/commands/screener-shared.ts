// Shared by the screener commands: flags → body, and how a screener with its questions is printed.
import { defined, nullable, num, readJsonObjectArg, str, type Parsed } from "../lib/args";
import type { Options } from "../lib/command";
import type { Context } from "../lib/context";
import { formatDate } from "../lib/output";
import type { Screener, ScreenerQuestion } from "../lib/types";

export const screenerFieldOptions: Options = {
  title: { type: "string" },
  description: { type: "string" },
  welcome: { type: "string" },
  "thank-you": { type: "string" },
  "disqualified-message": { type: "string" },
  consent: { type: "string" },
  incentive: { type: "string" },
  "max-participants": { type: "string" },
  "brand-color": { type: "string" },
  "logo-url": { type: "string" },
  data: { type: "string" },
};

export const screenerFieldHelp = [
  "--title <text>                 title shown to participants",
  "--description <text>           short description",
  "--welcome <text>               welcome message",
  "--thank-you <text>             message after a qualified submission",
  "--disqualified-message <text>  message for participants who do not qualify",
  "--consent <text>               consent text",
  '--incentive <text>             e.g. "$50 gift card"',
  '--max-participants <n>         stop accepting after n qualified responses ("none" clears it)',
  "--brand-color <#rrggbb>, --logo-url <https://…>",
  '--data <json|@file|@->         any documented fields as JSON, e.g. {"questions":[…]} on create',
  'Text fields accept "" or "none" to clear them.',
];

export async function screenerBody(ctx: Context, args: Parsed): Promise<Record<string, unknown>> {
  const v = args.values;
  const max = str(v, "max-participants");
  return {
    ...(await readJsonObjectArg(ctx.io, str(v, "data"))),
    ...defined({
      title: str(v, "title"),
      description: nullable(str(v, "description")),
      welcomeMessage: nullable(str(v, "welcome")),
      thankYouMessage: nullable(str(v, "thank-you")),
      disqualifiedMessage: nullable(str(v, "disqualified-message")),
      consentText: nullable(str(v, "consent")),
      incentive: nullable(str(v, "incentive")),
      maxParticipants: max === "none" || max === "" ? null : num(v, "max-participants", { integer: true, min: 1 }),
      brandColor: nullable(str(v, "brand-color")),
      logoUrl: nullable(str(v, "logo-url")),
    }),
  };
}

function rules(q: ScreenerQuestion): string {
  const parts: string[] = [];
  if (q.qualifyOptions?.length) parts.push(`qualify if ${q.qualifyOptions.join(" / ")}`);
  if (q.disqualifyOptions?.length) parts.push(`disqualify if ${q.disqualifyOptions.join(" / ")}`);
  if (q.qualifyMin !== null || q.qualifyMax !== null) parts.push(`qualify in [${q.qualifyMin ?? "…"}, ${q.qualifyMax ?? "…"}]`);
  return parts.join("; ");
}

export function printScreener(ctx: Context, s: Screener): void {
  ctx.out.fields([
    ["Screener", s.id],
    ["Title", s.title],
    ["Status", s.status],
    ["Description", s.description],
    ["Incentive", s.incentive],
    ["Max participants", s.maxParticipants],
    [
      "Funnel",
      `${s.viewCount ?? 0} views → ${s.startCount ?? 0} starts → ${s.completionCount ?? 0} completed (${s.qualifiedCount ?? 0} qualified, ${s.disqualifiedCount ?? 0} disqualified)`,
    ],
    ["Created", formatDate(s.createdAt)],
  ]);
  const questions = s.questions ?? [];
  ctx.out.heading(`Questions (${questions.length})`);
  ctx.out.table(
    questions,
    [
      { header: "#", get: (q) => questions.indexOf(q) + 1, align: "right" },
      { header: "id", get: (q) => q.id },
      { header: "type", get: (q) => `${q.type}${q.required ? "" : " (optional)"}` },
      { header: "text", get: (q) => q.text, max: 50 },
      {
        header: "options",
        get: (q) =>
          q.options?.length ? q.options.join(" / ") : q.min !== null || q.max !== null ? `${q.min ?? "…"}–${q.max ?? "…"}` : null,
        max: 40,
      },
      { header: "rules", get: rules, max: 60 },
    ],
    { indent: "  ", empty: "(none — add one with: usertests screener add-question <id> --text … --type …)" },
  );
}
