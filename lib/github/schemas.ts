import { z } from "zod";

export const projectParams = z.object({ projectId: z.string().min(1).max(64) });

const repoPart = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "may contain only letters, digits, '-', '_' and '.'");

/** owner/name, as shown on GitHub */
export const repoFullName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "must look like owner/name");

const base = { repository: repoFullName };

export const connectGithubSchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("token"), ...base, token: z.string().trim().min(20, "looks too short to be a GitHub token").max(400) })
    .strict(),
  z
    .object({
      kind: z.literal("app"),
      ...base,
      appId: z.string().trim().regex(/^\d+$/, "must be the numeric App ID"),
      installationId: z.string().trim().regex(/^\d+$/, "must be the numeric installation ID"),
      privateKey: z
        .string()
        .trim()
        .max(10_000)
        .refine((v) => /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(v), "must be the App's PEM private key"),
    })
    .strict(),
]);

export type ConnectGithubInput = z.infer<typeof connectGithubSchema>;
export { repoPart };
