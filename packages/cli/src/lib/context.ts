// Everything a command runs with: the resolved profile, base URL and credential, the API client,
// the output, and the project to act on. Precedence: flags > environment > profile > defaults.
import { ApiClient } from "./client";
import {
  type ConfigFile,
  configPath,
  DEFAULT_BASE_URL,
  DEFAULT_PROFILE,
  normalizeBaseUrl,
  type Profile,
  readConfig,
  validateProfileName,
  writeConfig,
} from "./config";
import { UsageError } from "./errors";
import { type IO, Output } from "./output";

export interface GlobalFlags {
  json: boolean;
  profile?: string;
  baseUrl?: string;
  project?: string;
}

export class Context {
  readonly out: Output;
  readonly configFile: string;
  readonly config: ConfigFile;
  readonly profileName: string;
  readonly baseUrl: string;
  readonly baseUrlSource: "flag" | "env" | "profile" | "default";
  readonly token: string | null;
  readonly tokenSource: "env" | "profile" | null;
  api: ApiClient;

  constructor(
    readonly io: IO,
    readonly flags: GlobalFlags,
  ) {
    this.out = new Output(io, flags.json);
    this.configFile = configPath(io.env);
    this.config = readConfig(this.configFile);
    this.profileName = validateProfileName(flags.profile ?? (io.env.USERTESTS_PROFILE?.trim() || DEFAULT_PROFILE));
    const profile = this.profile;

    if (flags.baseUrl) [this.baseUrl, this.baseUrlSource] = [normalizeBaseUrl(flags.baseUrl), "flag"];
    else if (io.env.USERTESTS_BASE_URL?.trim())
      [this.baseUrl, this.baseUrlSource] = [normalizeBaseUrl(io.env.USERTESTS_BASE_URL.trim()), "env"];
    else if (profile.baseUrl) [this.baseUrl, this.baseUrlSource] = [normalizeBaseUrl(profile.baseUrl), "profile"];
    else [this.baseUrl, this.baseUrlSource] = [DEFAULT_BASE_URL, "default"];

    if (io.env.USERTESTS_TOKEN?.trim()) [this.token, this.tokenSource] = [io.env.USERTESTS_TOKEN.trim(), "env"];
    else if (profile.token) [this.token, this.tokenSource] = [profile.token, "profile"];
    else [this.token, this.tokenSource] = [null, null];

    this.api = this.clientWith(this.token);
  }

  get json(): boolean {
    return this.flags.json;
  }

  get profile(): Profile {
    return this.config.profiles[this.profileName] ?? {};
  }

  clientWith(token: string | null): ApiClient {
    return new ApiClient({ baseUrl: this.baseUrl, token, loginHint: this.loginHint() });
  }

  loginHint(): string {
    const profileFlag = this.profileName === DEFAULT_PROFILE ? "" : ` --profile ${this.profileName}`;
    return `Run \`usertests auth login --token ut_pat_…${profileFlag}\` or set USERTESTS_TOKEN (create a token in the dashboard: Account → API tokens).`;
  }

  updateProfile(change: (p: Profile) => Profile | null): void {
    const next = change({ ...this.profile });
    if (next === null) delete this.config.profiles[this.profileName];
    else this.config.profiles[this.profileName] = next;
    writeConfig(this.configFile, this.config);
  }

  /** The project to act on: --project, then USERTESTS_PROJECT, then the profile's default. */
  projectId(explicit?: string): string {
    const id = explicit ?? this.flags.project ?? (this.io.env.USERTESTS_PROJECT?.trim() || this.profile.project);
    if (!id) {
      throw new UsageError("No project given", [
        "Pass --project <projectId>, set USERTESTS_PROJECT, or choose a default with `usertests project use <projectId>` (ids: `usertests project list`).",
      ]);
    }
    return id;
  }
}
