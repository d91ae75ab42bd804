// usertests implementation get <implementationId> — one attempt with its PR state, measurements and spec (GET …/implementations/:id).
import { positionals } from "../lib/args";
import { defineCommand } from "../lib/command";
import { fetchImplementation, printImplementation } from "./implementation-shared";

export default defineCommand({
  name: "implementation get",
  summary: "Show an implementation (spec, branch, pull request, merge state, measurements)",
  usage: "<implementationId> [--project <id>]",
  async run(ctx, args) {
    const [id] = positionals(args, ["implementationId"]);
    const data = await fetchImplementation(ctx, ctx.projectId(), id);
    if (ctx.json) return ctx.out.json(data);
    printImplementation(ctx, data.implementation, { spec: true });
  },
});
