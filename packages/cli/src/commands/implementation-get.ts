// usertests implementation get <implementationId> — one implementation with its spec and PR state (GET …/implementations/:id).
import { positionals } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute } from "../lib/errors";

export default defineCommand({
  name: "implementation get",
  summary: "Show an implementation (spec, branch, pull request, merge state)",
  usage: "<implementationId> [--project <id>]",
  async run(ctx, args) {
    const [id] = positionals(args, ["implementationId"]);
    const data = await requireRoute("implementation get", () => ctx.api.get(`/api/v1/projects/${seg(ctx.projectId())}/implementations/${seg(id)}`));
    ctx.out.json(data);
  },
});
