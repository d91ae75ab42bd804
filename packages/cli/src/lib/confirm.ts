// Confirmation for destructive commands: --yes, or an interactive "y"; never a silent default.
import type { Context } from "./context";
import { CliError, EXIT, UsageError } from "./errors";

export async function confirm(ctx: Context, yes: boolean, what: string): Promise<void> {
  if (yes) return;
  if (!ctx.io.stdinIsTTY) throw new UsageError(`${what}\nPass --yes to confirm.`);
  const answer = await ctx.io.prompt(`${what}\nContinue? [y/N] `);
  if (!answer || !/^y(es)?$/i.test(answer.trim())) throw new CliError("Cancelled", EXIT.failure);
}
