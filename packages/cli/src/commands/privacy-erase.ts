// usertests privacy erase <email> [--wait] — erase everything the project holds about one participant (POST …/erasures, admin).
import { bool, positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { EXIT } from "../lib/errors";
import { type ErasureView, erasuresPath, printErasure, WAIT_HELP, WAIT_OPTIONS, waitForJob, waitTimes } from "./privacy-shared";

export default defineCommand({
  name: "privacy erase",
  summary: "Erase a participant's data by email (sessions, recordings, transcripts, signals, quotes in GitHub), with a receipt",
  usage: "<email> [--wait [--timeout <s>] [--interval <s>]] [--project <id>]",
  help: [
    "Finds every trace of the person in the project (screener answers, sessions, messages, events,",
    "recordings, transcripts, signals and quotes, task links) and removes it in the background. Quotes in",
    "GitHub spec files and pull-request bodies are replaced; git history keeps earlier versions",
    "(docs/runbook.md#privacy). This cannot be undone. The receipt keeps counts and a hash of the email.",
    "Asking again while the erasure runs returns the same request.",
    ...WAIT_HELP,
    "Example: usertests privacy erase dana@example.com --wait",
  ],
  options: { ...WAIT_OPTIONS },
  async run(ctx, args) {
    const [email] = positionals(args, ["email"]);
    const base = erasuresPath(ctx.projectId());
    const { erasure } = await ctx.api.post<{ erasure: ErasureView }>(base, { email });
    if (!bool(args.values, "wait")) {
      if (ctx.json) return ctx.out.json({ erasure });
      ctx.out.line(`Erasure ${erasure.id} requested (${erasure.status}); email hash ${erasure.emailHash}.`);
      ctx.out.line(`Its receipt, once done: usertests privacy erasures --email ${email}`);
      return;
    }
    ctx.out.info(`Erasure ${erasure.id} requested; waiting for it to finish…`);
    const done = await waitForJob(
      ctx,
      "erasure",
      async () => (await ctx.api.get<{ erasure: ErasureView }>(`${base}/${encodeURIComponent(erasure.id)}`)).erasure,
      waitTimes(args.values),
    );
    if (ctx.json) ctx.out.json({ erasure: done });
    else printErasure(ctx, done);
    return done.status === "completed" ? EXIT.ok : EXIT.failure;
  },
});
