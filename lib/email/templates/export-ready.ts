// A data export finished (inngest/functions/build-export.ts → send-email). The mail links to the
// project's Settings → Privacy, never to the file: downloading needs a signed-in admin.
import { renderEmail } from "../render";

export function exportReadyEmail(input: { projectName: string; kind: "participant" | "project"; url: string; expiresAt: Date | null }) {
  const what = input.kind === "participant" ? "The participant data export" : "The project export";
  return renderEmail({
    subject: `Your export of ${input.projectName} is ready`,
    lead: `${what} you requested for “${input.projectName}” is ready to download from Settings → Privacy.`,
    action: { label: "Open Settings → Privacy", url: input.url },
    notes: [
      input.expiresAt
        ? `The file is deleted on ${input.expiresAt.toUTCString()}. You need to be signed in as an admin of the project to download it.`
        : "You need to be signed in as an admin of the project to download it.",
    ],
    reason: `You received this because you requested a data export of “${input.projectName}” on UserTests.`,
  });
}
