// usertests session create — open a session for a participant and print the interview link to send them (POST …/sessions).
import { bool, defined, oneOf, readJsonObjectArg, str } from "../lib/args";
import { seg } from "../lib/client";
import { defineCommand } from "../lib/command";
import { requireRoute, UsageError } from "../lib/errors";

interface CreatedSession {
  session: {
    id: string;
    status: string;
    mode: string;
    participantName: string | null;
    participantEmail: string | null;
    consents: Record<string, boolean>;
  };
  interviewUrl: string | null;
}

export default defineCommand({
  name: "session create",
  summary: "Open a session for a participant and print its interview link",
  usage:
    "[--name <n>] [--email <e>] [--external-id <id>] [--mode text|voice] [--screener <id>] [--consent-recording] [--consent-analytics] [--consent-follow-up] [--data <json|@file>] [--project <id>]",
  help: [
    "--name/--email          the participant, when you know them",
    "--mode text|voice       the interview (default text)",
    "--screener <id>         the screener this participant came from",
    "--consent-*             only consents the participant gave you; without recording consent the room is text only",
    "--data <json|@file>     the request body as JSON (flags override its fields)",
  ],
  options: {
    name: { type: "string" },
    email: { type: "string" },
    "external-id": { type: "string" },
    mode: { type: "string" },
    screener: { type: "string" },
    "consent-recording": { type: "boolean" },
    "consent-analytics": { type: "boolean" },
    "consent-follow-up": { type: "boolean" },
    data: { type: "string" },
  },
  async run(ctx, args) {
    if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}"`);
    const v = args.values;
    const base = await readJsonObjectArg(ctx.io, str(v, "data"));
    // flags override the fields of --data; nested objects (participant, consent) are merged
    const merged = (key: string, flags: Record<string, unknown>) => {
      const value = { ...(base[key] as object | undefined), ...defined(flags) };
      return Object.keys(value).length ? value : undefined;
    };
    const given = (name: string) => bool(v, name) || undefined;
    const body = defined({
      ...base,
      participant: merged("participant", { name: str(v, "name"), email: str(v, "email") }),
      externalId: str(v, "external-id") ?? base.externalId,
      mode: oneOf(v, "mode", ["text", "voice"] as const) ?? base.mode,
      screenerId: str(v, "screener") ?? base.screenerId,
      consent: merged("consent", {
        recording: given("consent-recording"),
        analytics: given("consent-analytics"),
        followUp: given("consent-follow-up"),
      }),
    });
    const data = await requireRoute("session create", () =>
      ctx.api.post<CreatedSession>(`/api/v1/projects/${seg(ctx.projectId())}/sessions`, body),
    );
    if (ctx.json) return ctx.out.json(data);
    const s = data.session;
    const who = s.participantName ?? s.participantEmail ?? "an anonymous participant";
    ctx.out.line(`Created session ${s.id} for ${who} (${s.mode} interview, ${s.status}).`);
    ctx.out.line(
      data.interviewUrl
        ? `Interview link: ${data.interviewUrl}`
        : "No interview link: the project has no public key (rotate one with `usertests key rotate-public`).",
    );
  },
});
