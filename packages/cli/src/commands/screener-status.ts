// The status change behind `screener activate` and `screener pause` (POST …/screeners/:id/status).
import { positionals, type Parsed } from "../lib/args";
import { seg } from "../lib/client";
import type { Context } from "../lib/context";
import type { Screener } from "../lib/types";

export async function changeStatus(ctx: Context, args: Parsed, status: "active" | "paused"): Promise<void> {
  const [id] = positionals(args, ["screenerId"]);
  const data = await ctx.api.post<{ screener: Screener }>(`/api/v1/projects/${seg(ctx.projectId())}/screeners/${seg(id)}/status`, {
    status,
  });
  if (ctx.json) return ctx.out.json(data);
  ctx.out.line(`Screener ${id} is ${data.screener.status}.`);
  if (status === "active") ctx.out.line(`Share it: usertests screener url ${id}`);
}
