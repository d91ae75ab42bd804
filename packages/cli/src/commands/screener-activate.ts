// usertests screener activate <screenerId> — start accepting responses (draft or paused → active; needs a question).
import { defineCommand } from "../lib/command";
import { changeStatus } from "./screener-status";

export default defineCommand({
  name: "screener activate",
  summary: "Activate a screener (or resume a paused one)",
  usage: "<screenerId> [--project <id>]",
  run: (ctx, args) => changeStatus(ctx, args, "active"),
});
