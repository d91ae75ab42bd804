// usertests privacy erasures [--email <e>] — past erasure requests and their receipts, newest first (GET …/erasures, admin).
import { positionals, str } from "../lib/args";
import { defineCommand } from "../lib/command";
import { formatDate } from "../lib/output";
import { describeProgress, type ErasureView, erasuresPath, printErasure, summarizeCounts } from "./privacy-shared";

export default defineCommand({
  name: "privacy erasures",
  summary: 'List the project\'s erasure requests and receipts; --email answers "did we erase this person?"',
  usage: "[--email <email>] [--project <id>]",
  help: [
    "--email <email>   only requests for this email (matched by its keyed hash: the email itself is not kept)",
    "With --email and a completed erasure, the receipt is printed in full.",
  ],
  options: { email: { type: "string" } },
  async run(ctx, args) {
    positionals(args, []);
    const email = str(args.values, "email");
    const data = await ctx.api.get<{ erasures: ErasureView[] }>(erasuresPath(ctx.projectId()), { email });
    if (ctx.json) return ctx.out.json(data);
    if (email) {
      const done = data.erasures.find((e) => e.status === "completed");
      if (done) {
        ctx.out.line(`Yes: ${email} was erased on ${formatDate(done.completedAt)}.`);
        ctx.out.line("");
        printErasure(ctx, done);
        return;
      }
      ctx.out.line(
        data.erasures.length
          ? `Not completed: ${data.erasures.length} request(s) for ${email}, none finished (see below).`
          : `No: no erasure of ${email} was requested in this project.`,
      );
      if (!data.erasures.length) return;
      ctx.out.line("");
    }
    ctx.out.table(
      data.erasures,
      [
        { header: "id", get: (e) => e.id },
        { header: "requested", get: (e) => formatDate(e.createdAt) },
        { header: "status", get: (e) => describeProgress(e.status, e.status === "completed" ? undefined : e.progress) },
        { header: "completed", get: (e) => formatDate(e.completedAt) },
        { header: "email hash", get: (e) => e.emailHash.slice(0, 16) },
        { header: "removed", get: (e) => (e.status === "failed" ? `error: ${e.error ?? "failed"}` : summarizeCounts(e.removed)), max: 70 },
      ],
      { empty: "No erasures requested in this project." },
    );
  },
});
