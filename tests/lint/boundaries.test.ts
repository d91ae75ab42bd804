// The boundaries of issue #13 are lint errors: the project's real eslint.config.mjs is run over
// small sources placed (virtually) at the paths that matter, so a rule that stops firing, or an
// exception that grows too wide, fails here.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
}, 60_000);

/** The rule ids (and messages) reported for `code` linted as if it lived at `filePath`. */
async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}
const rules = async (filePath: string, code: string) => (await lint(filePath, code)).map((m) => m.rule);

describe("the database belongs to lib/", () => {
  const importDb = 'import { db } from "@/lib/db";\nexport const n = () => db.project.count();\n';

  it("a route, a page, a component or a job may not import it", async () => {
    for (const file of [
      "app/api/v1/example/route.ts",
      "app/(dashboard)/example/page.tsx",
      "components/example/list.tsx",
      "inngest/functions/example.ts",
    ]) {
      expect(await rules(file, importDb), file).toContain("no-restricted-imports");
    }
  }, 60_000);

  it("lib/, tests, scripts and the seed may, and anyone may name its types", async () => {
    for (const file of ["lib/projects/example.ts", "tests/api/example.test.ts", "scripts/example.ts", "prisma/seed.ts"]) {
      expect(await rules(file, importDb), file).toEqual([]);
    }
    expect(await rules("app/api/v1/example/route.ts", 'import type { DbClient } from "@/lib/db";\nexport type T = DbClient;\n')).toEqual(
      [],
    );
  }, 60_000);
});

describe("process.env is read by lib/env.ts only", () => {
  const readEnv = "export const key = () => process.env.ANTHROPIC_API_KEY;\n";

  it("is an error in lib/, routes and components", async () => {
    for (const file of ["lib/ai/example.ts", "app/api/v1/example/route.ts", "components/example/banner.tsx"]) {
      expect(await rules(file, readEnv), file).toContain("no-restricted-properties");
    }
    expect(await rules("lib/ai/example.ts", "const { env } = process;\nexport const all = () => env;\n")).toContain(
      "no-restricted-properties",
    );
  }, 60_000);

  it("is allowed in lib/env.ts and the listed processes outside the app", async () => {
    for (const file of [
      "lib/env.ts",
      "scripts/example.ts",
      "e2e/example.spec.ts",
      "packages/cli/src/example.ts",
      "next.config.ts",
      "lib/ai/example.test.ts",
    ]) {
      expect(await rules(file, readEnv), file).toEqual([]);
    }
  }, 60_000);
});

describe("lib/ does not know the app", () => {
  it("refuses imports of app/ and components/, by alias or relative path", async () => {
    for (const source of [
      '"@/components/ui/button"',
      '"@/app/api/v1/projects/route"',
      '"../../components/ui/button"',
      '"../../app/layout"',
    ]) {
      expect(await rules("lib/tasks/example.ts", `import * as x from ${source};\nexport default x;\n`), source).toContain(
        "no-restricted-imports",
      );
    }
  }, 60_000);

  it("still lets lib/ import lib/ and packages", async () => {
    expect(
      await rules(
        "lib/tasks/example.ts",
        'import { z } from "zod";\nimport { AppError } from "@/lib/errors";\nexport const x = [z, AppError];\n',
      ),
    ).toEqual([]);
  }, 60_000);
});

describe("domains depend on each other in one direction", () => {
  it("an import that closes a cycle between lib/ domains is an error naming the way back", async () => {
    // implementations already uses github (its client); github using implementations closes the loop
    const messages = await lint(
      "lib/github/example.ts",
      'import { generateSpec } from "@/lib/implementations/generate-spec";\nexport const x = generateSpec;\n',
    );
    const cycle = messages.find((m) => m.rule === "usertests/no-domain-cycles");
    expect(cycle?.message).toMatch(/lib\/github → lib\/implementations closes a domain cycle \(lib\/implementations\/.+ → lib\/github\//);
  }, 60_000);

  it("the existing direction is fine, and tests may reach across", async () => {
    const code = 'import { octokitFor } from "@/lib/github/github-client";\nexport const x = octokitFor;\n';
    expect(await rules("lib/implementations/example.ts", code)).toEqual([]);
    expect(
      await rules(
        "lib/github/example.test.ts",
        'import { generateSpec } from "@/lib/implementations/generate-spec";\nexport const x = generateSpec;\n',
      ),
    ).toEqual([]);
  }, 60_000);
});

describe("client components never reach server-only modules", () => {
  // get-session-detail reads the database through lib/db.ts
  const importUseCase = 'import { getSessionDetail } from "@/lib/sessions/get-session-detail";\nexport const x = getSessionDetail;\n';

  it("a 'use client' module importing something that reaches lib/db.ts is an error naming the chain", async () => {
    const messages = await lint("components/example/panel.tsx", `"use client";\n${importUseCase}`);
    const found = messages.find((m) => m.rule === "usertests/no-server-modules-in-client");
    expect(found?.message).toMatch(/reaches the server-only module lib\/db\.ts \(lib\/sessions\/get-session-detail\.ts → .*lib\/db\.ts\)/);
  }, 60_000);

  it("server components may, and client modules may import types and pure helpers", async () => {
    expect(await rules("components/example/panel.tsx", importUseCase)).toEqual([]);
    const client =
      '"use client";\nimport type { getSessionDetail } from "@/lib/sessions/get-session-detail";\nimport { sessionMomentPath } from "@/lib/sessions/session-moment";\nexport type T = typeof getSessionDetail;\nexport const x = sessionMomentPath;\n';
    expect(await rules("components/example/panel.tsx", client)).toEqual([]);
  }, 60_000);

  it("components do not import the environment even as server components", async () => {
    expect(await rules("components/example/banner.tsx", 'import { env } from "@/lib/env";\nexport const x = env;\n')).toContain(
      "no-restricted-imports",
    );
  }, 60_000);
});
