// Shared starting points for the GitHub loop tests: a project with a prioritized task and its
// evidence (three sessions, two participants), and a fake repository whose files are more or less
// related to that task.
import { sign } from "@octokit/webhooks-methods";
import type { DbClient } from "@/lib/db";
import { createOwnerWithProject } from "@/prisma/factories/identity";

export const REPO = "acme/web-app";
export const TOKEN = "github_pat_11AAAAAAA0123456789abcdefghij";

export const REPO_FILES: Record<string, string> = {
  "README.md": "# Acme web app\n",
  "package.json": '{ "name": "web-app" }\n',
  "package-lock.json": "{}\n",
  "public/invoice-logo.png": "\u0089PNG",
  "src/invoices/export-invoices.ts":
    "export async function exportInvoices(ids: string[]) {\n  // sends invoices to the accounting integration\n}\n",
  "src/invoices/export-invoices.test.ts": "import { exportInvoices } from './export-invoices';\n",
  "src/accounting/xero-client.ts": "export class XeroClient {}\n",
  "src/auth/login-form.tsx": "export function LoginForm() { return null; }\n",
  "src/dashboard/overview.tsx": "export function Overview() { return null; }\n",
};

export const TASK_TITLE = "Exporting invoices to accounting software";

export async function projectWithEvidence(db: DbClient) {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const task = await db.task.create({
    data: {
      projectId,
      title: TASK_TITLE,
      description: "Invoices do not reach Xero reliably.",
      type: "improvement",
      status: "ready",
      priorityScore: 74,
      priorityLabel: "high",
      signalCount: 4,
      sessionCount: 3,
    },
  });
  const people = ["ana@example.test", "ana@example.test", "ben@example.test"];
  const sessions = [];
  for (const [i, email] of people.entries()) {
    sessions.push(
      await db.session.create({
        data: {
          projectId,
          participantEmail: email,
          status: "completed",
          processingStatus: "processed",
          completedAt: new Date(Date.now() - (40 - i) * 86_400_000),
        },
      }),
    );
  }
  const signals = [
    {
      sessionId: sessions[0].id,
      type: "struggling_moment" as const,
      quote: "the export to Xero breaks and I redo it all by hand",
      intensity: 0.9,
      confidence: 0.9,
      offsetMs: 40_000,
    },
    {
      sessionId: sessions[0].id,
      type: "desired_outcome" as const,
      quote: "I just want invoices to land in my accounting without me touching them",
      intensity: 0.6,
      confidence: 0.9,
      offsetMs: 100_000,
    },
    {
      sessionId: sessions[1].id,
      type: "emotional_response" as const,
      quote: "it makes me dread the end of the month",
      intensity: 0.7,
      confidence: 0.8,
      offsetMs: 60_000,
    },
    {
      sessionId: sessions[2].id,
      type: "workaround" as const,
      quote: "I keep a spreadsheet of every invoice I exported",
      intensity: 0.5,
      confidence: 0.85,
      offsetMs: 20_000,
    },
  ];
  const created = [];
  for (const s of signals) {
    created.push(await db.signal.create({ data: { projectId, ...s, topic: TASK_TITLE, tasks: { create: { taskId: task.id } } } }));
  }
  return { ...owner, projectId, task, sessions, signals: created };
}

/** A GitHub delivery as GitHub sends it: raw JSON body, HMAC-SHA256 signature, delivery id and event name. */
export async function signedDelivery(secret: string, event: string, payload: object, deliveryId = crypto.randomUUID()) {
  const rawBody = JSON.stringify(payload);
  return {
    rawBody,
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": deliveryId,
      "x-hub-signature-256": await sign(secret, rawBody),
    },
  };
}

export function pullRequestClosed(input: { number: number; merged: boolean; repository?: string; mergedAt?: string; updatedAt?: string }) {
  const mergedAt = input.merged ? (input.mergedAt ?? new Date().toISOString()) : null;
  return {
    action: "closed",
    number: input.number,
    repository: { full_name: input.repository ?? REPO },
    pull_request: {
      number: input.number,
      state: "closed",
      merged: input.merged,
      merged_at: mergedAt,
      html_url: `https://github.test/${REPO}/pull/${input.number}`,
      updated_at: input.updatedAt ?? mergedAt ?? new Date().toISOString(),
    },
  };
}

/** A pull_request "reopened" delivery as GitHub sends it. */
export function pullRequestReopened(input: { number: number; updatedAt: string; repository?: string }) {
  return {
    action: "reopened",
    number: input.number,
    repository: { full_name: input.repository ?? REPO },
    pull_request: {
      number: input.number,
      state: "open",
      merged: false,
      merged_at: null,
      html_url: `https://github.test/${REPO}/pull/${input.number}`,
      updated_at: input.updatedAt,
    },
  };
}
