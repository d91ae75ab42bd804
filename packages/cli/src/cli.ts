// The CLI without process globals: finds the command, parses global and command options, builds the
// context, runs the command and turns every failure into a message on stderr and an exit code.
import { parseArgs } from "node:util";
import { commands } from "./commands";
import type { OptionValues, Parsed } from "./lib/args";
import { CLI_VERSION } from "./lib/client";
import type { Command, Options } from "./lib/command";
import { Context } from "./lib/context";
import { ApiError, CliError, EXIT, UsageError } from "./lib/errors";
import type { IO } from "./lib/output";

const GLOBAL_OPTIONS: Options = {
  json: { type: "boolean" },
  profile: { type: "string" },
  env: { type: "string" },
  "base-url": { type: "string" },
  project: { type: "string", short: "p" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
};

const GLOBAL_HELP = [
  "--json                 print the API's JSON (stable shapes) instead of tables",
  "--profile, --env <p>   configuration profile, e.g. local, stage, production (default: default)",
  "--base-url <url>       server URL (default: the profile's, else http://localhost:3000)",
  "-p, --project <id>     project to act on (default: USERTESTS_PROJECT or `usertests project use`)",
  "-h, --help             help for any command",
];

const ENV_HELP = [
  "USERTESTS_TOKEN        API token to use instead of the stored one (CI)",
  "USERTESTS_BASE_URL     server URL     USERTESTS_PROFILE  profile     USERTESTS_PROJECT  project",
  "XDG_CONFIG_HOME        config lives in ${XDG_CONFIG_HOME:-~/.config}/usertests/config.json (mode 0600)",
];

const EXIT_HELP = ["Exit codes: 0 ok, 1 failure, 2 usage error, 3 not authenticated (401), 4 not found (404)."];

function groupsOf(list: Command[]): Map<string, Command[]> {
  const groups = new Map<string, Command[]>();
  for (const c of list) {
    const group = c.name.split(" ")[0];
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  return groups;
}

function mainHelp(): string {
  const lines = ["usertests — the UserTests command line", "", "Usage: usertests <command> [arguments] [options]", "", "Commands:"];
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const [, list] of groupsOf(commands)) {
    for (const c of list) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  }
  lines.push(
    "",
    "Global options:",
    ...GLOBAL_HELP.map((l) => `  ${l}`),
    "",
    "Environment:",
    ...ENV_HELP.map((l) => `  ${l}`),
    "",
    EXIT_HELP[0],
  );
  lines.push("", "Start with: usertests auth login --token ut_pat_…   (create one under Account → API tokens)");
  return lines.join("\n") + "\n";
}

function groupHelp(group: string): string {
  const list = groupsOf(commands).get(group) ?? [];
  const width = Math.max(...list.map((c) => c.name.length));
  return (
    [
      `Usage: usertests ${group} <command>`,
      "",
      "Commands:",
      ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      "",
      `Run \`usertests ${group} <command> --help\` for details.`,
    ].join("\n") + "\n"
  );
}

export function commandHelp(c: Command): string {
  const lines = [`Usage: usertests ${c.name}${c.usage ? " " + c.usage : ""}`, "", c.summary + "."];
  if (c.help?.length) lines.push("", ...c.help.map((l) => `  ${l}`));
  lines.push("", "Global options:", ...GLOBAL_HELP.map((l) => `  ${l}`));
  return lines.join("\n") + "\n";
}

const GLOBAL_WITH_VALUE = new Set(["--profile", "--env", "--base-url", "--project", "-p"]);

/** Finds the command words among the arguments (global options may come first). */
function findCommand(argv: string[]): { command?: Command; group?: string; rest: string[]; unknown?: string } {
  const words: { word: string; index: number }[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const a = argv[i];
    if (a === "--") break;
    if (a.startsWith("-")) {
      if (GLOBAL_WITH_VALUE.has(a)) i++;
      else if (words.length) break; // a command option: the command words are behind us
      continue;
    }
    words.push({ word: a, index: i });
  }
  const drop = (n: number) => argv.filter((_, i) => !words.slice(0, n).some((w) => w.index === i));
  const [first, second] = words;
  if (!first) return { rest: argv };
  if (second) {
    const two = commands.find((c) => c.name === `${first.word} ${second.word}`);
    if (two) return { command: two, rest: drop(2) };
  }
  const one = commands.find((c) => c.name === first.word);
  if (one) return { command: one, rest: drop(1) };
  if (groupsOf(commands).has(first.word)) return { group: first.word, rest: drop(1), unknown: second?.word };
  return { rest: argv, unknown: first.word };
}

function reportError(io: IO, e: unknown, json: boolean, command?: Command): number {
  if (e instanceof ApiError) {
    const body = { error: { ...(e.serverError ?? { code: e.code, message: e.message }), status: e.status } };
    if (e.routeMissing) {
      const message = `${e.method} ${e.path} is not available on this server yet (HTTP ${e.status}); the server may be older than this CLI, or --base-url may point elsewhere`;
      if (json) io.stderr(JSON.stringify({ error: { code: "not_available", message, status: e.status } }) + "\n");
      else io.stderr(`error: ${message}\n`);
      return EXIT.failure;
    }
    if (json) io.stderr(JSON.stringify(body) + "\n");
    else {
      io.stderr(`error: ${e.message} (${e.code}, HTTP ${e.status})\n`);
      const fields = (e.serverError?.details as { fields?: Record<string, string[]> } | undefined)?.fields;
      if (fields) for (const [field, messages] of Object.entries(fields)) io.stderr(`  ${field}: ${messages.join("; ")}\n`);
      else if (e.serverError?.details !== undefined) io.stderr(`  details: ${JSON.stringify(e.serverError.details)}\n`);
      if (e.status === 401)
        io.stderr("  Your token was refused: log in again with `usertests auth login --token ut_pat_…` (or check USERTESTS_TOKEN).\n");
      if (e.status === 403) io.stderr("  Your role in this project does not allow this.\n");
      if (e.status === 429 && e.retryAfter) io.stderr(`  Rate limited: retry after ${e.retryAfter} s.\n`);
    }
    return e.exitCode;
  }
  if (e instanceof CliError) {
    const hints = [...e.hints];
    if (e instanceof UsageError && command) hints.push(`Usage: usertests ${command.name}${command.usage ? " " + command.usage : ""}`);
    if (json)
      io.stderr(
        JSON.stringify({
          error: {
            code: e instanceof UsageError ? "usage" : e.exitCode === EXIT.notAuthenticated ? "not_authenticated" : "cli_error",
            message: e.message,
          },
        }) + "\n",
      );
    else io.stderr(`error: ${e.message}\n${hints.map((h) => `  ${h}\n`).join("")}`);
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`error: unexpected failure: ${message}\n`);
  if (io.env.USERTESTS_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
  return EXIT.failure;
}

export async function run(argv: string[], io: IO): Promise<number> {
  const found = findCommand(argv);
  const wantsJson = argv.includes("--json");
  if (!found.command) {
    if (argv.includes("--version") || argv.includes("-v")) {
      io.stdout(`usertests ${CLI_VERSION}\n`);
      return EXIT.ok;
    }
    const help = argv.includes("--help") || argv.includes("-h") || argv[0] === "help";
    if (found.group) {
      if (help && !found.unknown) {
        io.stdout(groupHelp(found.group));
        return EXIT.ok;
      }
      io.stderr((found.unknown ? `error: unknown command "${found.group} ${found.unknown}"\n\n` : "") + groupHelp(found.group));
      return EXIT.usage;
    }
    if (help || !argv.length) {
      (help ? io.stdout : io.stderr)(mainHelp());
      return help ? EXIT.ok : EXIT.usage;
    }
    io.stderr(`error: unknown command "${found.unknown ?? argv[0]}"\nRun \`usertests --help\` for the list of commands.\n`);
    return EXIT.usage;
  }

  const command = found.command;
  let parsed: Parsed;
  try {
    const options = { ...command.options, ...GLOBAL_OPTIONS };
    const result = parseArgs({ args: found.rest, options, allowPositionals: true, strict: true });
    parsed = { values: result.values as OptionValues, positionals: result.positionals };
  } catch (e) {
    return reportError(io, new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, "")), wantsJson, command);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  const json = v.json === true;
  try {
    if (typeof v.profile === "string" && typeof v.env === "string" && v.profile !== v.env)
      throw new UsageError("--profile and --env are the same option; give one");
    const ctx = new Context(io, {
      json,
      profile: (v.profile ?? v.env) as string | undefined,
      baseUrl: v["base-url"] as string | undefined,
      project: v.project as string | undefined,
    });
    if (command.auth !== "none" && !ctx.token)
      throw new CliError(`Not logged in (profile "${ctx.profileName}", ${ctx.baseUrl})`, EXIT.notAuthenticated, [ctx.loginHint()]);
    return (await command.run(ctx, parsed)) ?? EXIT.ok;
  } catch (e) {
    return reportError(io, e, json, command);
  }
}
