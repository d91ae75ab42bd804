// What a command file exports: its name, help, options (node:util parseArgs format) and run().
import type { ParseArgsConfig } from "node:util";
import type { Parsed } from "./args";
import type { Context } from "./context";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Command {
  /** "session get"; single-word commands ("health", "api") have no subcommand */
  name: string;
  summary: string;
  /** arguments after the command name, e.g. "<sessionId> [--watch]" */
  usage: string;
  /** lines of help after the usage: options, examples */
  help?: string[];
  options?: Options;
  /** "none": runs without a token (health, auth login) */
  auth?: "required" | "none";
  /** returns the exit code (default 0) */
  run(ctx: Context, args: Parsed): Promise<number | void>;
}

export function defineCommand(command: Command): Command {
  return command;
}
