// The CLI's configuration: one profile per environment (local, stage, production…), each with its
// base URL, credential and default project, in ${XDG_CONFIG_HOME:-~/.config}/usertests/config.json.
// The file holds bearer tokens, so it is written with mode 0600 (directory 0700), atomically.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CliError, UsageError } from "./errors";

export const DEFAULT_BASE_URL = "http://localhost:3000";
export const DEFAULT_PROFILE = "default";

export interface Profile {
  baseUrl?: string;
  token?: string;
  /** the project used when a command gets no --project */
  project?: string;
  /** who the token belongs to, as GET /api/v1/me said at login (shown by whoami when offline) */
  identity?: string;
  loggedInAt?: string;
}

export interface ConfigFile {
  version: 1;
  profiles: Record<string, Profile>;
}

export function configPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME?.trim() || path.join(env.HOME?.trim() || os.homedir(), ".config");
  return path.join(base, "usertests", "config.json");
}

export function validateProfileName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(name)) {
    throw new UsageError(`Invalid profile name "${name}": use letters, digits, '.', '_' or '-' (e.g. local, stage, production)`);
  }
  return name;
}

export function readConfig(file: string): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { version: 1, profiles: {} };
    throw new CliError(`Cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    const profiles = parsed && typeof parsed.profiles === "object" && parsed.profiles !== null ? parsed.profiles : {};
    return { version: 1, profiles };
  } catch {
    throw new CliError(`${file} is not valid JSON; fix or delete it, then log in again`);
  }
}

export function writeConfig(file: string, config: ConfigFile): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `.config.${process.pid}.${Date.now()}.tmp`);
  // created 0600 from the start, so the token is never readable by others, not even briefly
  fs.writeFileSync(tmp, JSON.stringify(config, null, 2) + "\n", { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

export function normalizeBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`Invalid base URL "${value}": expected something like https://usertests.example.com`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`Invalid base URL "${value}": use http:// or https://`);
  return url.origin + url.pathname.replace(/\/+$/, "");
}
