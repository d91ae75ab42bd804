// For CLI test files: the app's route handlers on a loopback port and the CLI signed in as the owner
// of a fresh project, set up once per file and torn down after it. The returned object's fields are
// filled in by beforeAll, so read them inside tests.
import { afterAll, beforeAll, expect } from "vitest";
import { db } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { type AppServer, startAppServer } from "./app-server";
import { type CliRunner, createCliRunner } from "./run-cli";

export interface SignedInCli {
  app: AppServer;
  cli: CliRunner;
  owner: Awaited<ReturnType<typeof createOwnerWithProject>>;
}

export function signedInCliForFile(teardown?: () => Promise<void>): SignedInCli {
  const ctx = {} as SignedInCli;
  beforeAll(async () => {
    ctx.app = await startAppServer();
    ctx.cli = await createCliRunner();
    ctx.owner = await createOwnerWithProject(db);
    expect((await ctx.cli.run(["auth", "login", "--token", ctx.owner.token, "--base-url", ctx.app.url])).code).toBe(0);
    expect((await ctx.cli.run(["project", "use", ctx.owner.project.id])).code).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await ctx.app?.close();
    ctx.cli?.cleanup();
    await teardown?.();
  });
  return ctx;
}
