// usertests screener add-question <screenerId> --text … --type … — append a question with its rules (POST …/screeners/:id/questions).
import { bool, defined, num, positionals, readJsonObjectArg, str, strs } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { UsageError } from "../lib/errors";
import type { Screener, ScreenerQuestion } from "../lib/types";
import { printScreener } from "./screener-shared";

export const QUESTION_TYPES = ["single_choice", "multiple_choice", "text", "number", "scale", "date"] as const;

export default defineCommand({
  name: "screener add-question",
  summary: "Add a question (with qualification rules) to a screener",
  usage:
    "<screenerId> --text <question> --type <type> [--option <o>]… [--qualify <o>]… [--disqualify <o>]… [--min <n>] [--max <n>] [--qualify-min <n>] [--qualify-max <n>] [--optional]",
  help: [
    `--type <t>          ${QUESTION_TYPES.join(" | ")}`,
    "--option <o>        a choice (repeat; choice questions need at least 2)",
    "--qualify <o>       the answer must be among these options to qualify (repeat)",
    "--disqualify <o>    choosing this option disqualifies (repeat)",
    "--min/--max <n>     range of a number or scale question (a scale defaults to 1–5)",
    "--qualify-min/--qualify-max <n>  numeric answers outside this range disqualify",
    "--optional          the question may be left unanswered",
    "--help-text <text>  hint shown under the question",
    "--data <json|@file> the question as JSON (flags win)",
    "Example: usertests screener add-question scr_1 --text 'Your role?' --type single_choice \\",
    "           --option Founder --option Student --disqualify Student",
  ],
  options: {
    text: { type: "string" },
    type: { type: "string" },
    option: { type: "string", multiple: true },
    qualify: { type: "string", multiple: true },
    disqualify: { type: "string", multiple: true },
    min: { type: "string" },
    max: { type: "string" },
    "qualify-min": { type: "string" },
    "qualify-max": { type: "string" },
    optional: { type: "boolean" },
    "help-text": { type: "string" },
    data: { type: "string" },
  },
  async run(ctx, args) {
    const [id] = positionals(args, ["screenerId"]);
    const v = args.values;
    const type = str(v, "type");
    if (type !== undefined && !(QUESTION_TYPES as readonly string[]).includes(type))
      throw new UsageError(`--type must be one of ${QUESTION_TYPES.join(", ")}`);
    const body = {
      ...(await readJsonObjectArg(ctx.io, str(v, "data"))),
      ...defined({
        text: str(v, "text"),
        type,
        helpText: str(v, "help-text"),
        required: bool(v, "optional") ? false : undefined,
        options: strs(v, "option"),
        qualifyOptions: strs(v, "qualify"),
        disqualifyOptions: strs(v, "disqualify"),
        min: num(v, "min"),
        max: num(v, "max"),
        qualifyMin: num(v, "qualify-min"),
        qualifyMax: num(v, "qualify-max"),
      }),
    };
    if (body.text === undefined) throw new UsageError("--text is required");
    if (body.type === undefined) throw new UsageError(`--type is required (${QUESTION_TYPES.join(", ")})`);
    const data = await ctx.api.post<{ question: ScreenerQuestion; screener: Screener }>(
      `/api/v1/projects/${seg(ctx.projectId())}/screeners/${seg(id)}/questions`,
      body,
    );
    if (ctx.json) return ctx.out.json(data);
    ctx.out.line(`Added question ${data.question.id}.`);
    printScreener(ctx, data.screener);
  },
});
