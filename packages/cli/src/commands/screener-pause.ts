// usertests screener pause <screenerId> — stop accepting responses for now (active → paused).
import { defineCommand } from "../lib/command";
import { changeStatus } from "./screener-status";

export default defineCommand({
  name: "screener pause",
  summary: "Pause a screener (stops accepting responses)",
  usage: "<screenerId> [--project <id>]",
  run: (ctx, args) => changeStatus(ctx, args, "paused"),
});
