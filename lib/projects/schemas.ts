import { z } from "zod";
import { interviewLanguagesSchema, languageCodeSchema } from "@/lib/languages/schemas";

const origin = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && u.origin === v.replace(/\/$/, "");
    } catch {
      return false;
    }
  }, "must be an origin such as https://app.example.com (scheme, host and optional port, no path)")
  .transform((v) => v.replace(/\/$/, ""));

const githubRepo = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, "must look like owner/repository");

const retentionDays = z.number().int().min(1).max(3650);

export const projectFields = {
  name: z.string().trim().min(1, "is required").max(100),
  description: z.string().trim().max(2000).nullable(),
  githubRepo: githubRepo.nullable(),
  githubDefaultBranch: z.string().trim().min(1).max(255),
  allowedOrigins: z.array(origin).max(50),
  retentionAudioDays: retentionDays,
  retentionEventsDays: retentionDays,
  retentionTranscriptDays: retentionDays,
  /** show admins the participants' original text instead of the redacted one (ADR 015); default off */
  keepOriginalText: z.boolean(),
  /** send follow-up invitations automatically this many days after a task's merge; null = off (manual only) */
  followUpAutoDelayDays: z.number().int().min(0).max(90).nullable(),
  /** what the team reads: summaries, analysis, task titles, specs, quote translations (issue #17) */
  researchLanguage: languageCodeSchema,
  /** offered to participants; the first is the default */
  interviewLanguages: interviewLanguagesSchema,
};

export const createProjectSchema = z
  .object({
    name: projectFields.name,
    description: projectFields.description.optional(),
    githubRepo: projectFields.githubRepo.optional(),
    githubDefaultBranch: projectFields.githubDefaultBranch.optional(),
    allowedOrigins: projectFields.allowedOrigins.optional(),
  })
  .strict();

/** PATCH accepts exactly these fields; anything else is a 400. */
export const updateProjectSchema = z
  .object({
    name: projectFields.name,
    description: projectFields.description,
    githubRepo: projectFields.githubRepo,
    githubDefaultBranch: projectFields.githubDefaultBranch,
    allowedOrigins: projectFields.allowedOrigins,
    retentionAudioDays: projectFields.retentionAudioDays,
    retentionEventsDays: projectFields.retentionEventsDays,
    retentionTranscriptDays: projectFields.retentionTranscriptDays,
    keepOriginalText: projectFields.keepOriginalText,
    followUpAutoDelayDays: projectFields.followUpAutoDelayDays,
    researchLanguage: projectFields.researchLanguage,
    interviewLanguages: projectFields.interviewLanguages,
    /** a shorter retention window that would delete data is refused (409, with the counts) unless this is true */
    confirmDeletion: z.boolean(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "confirmDeletion"), "send at least one field to change");

export type CreateProjectInput = z.infer<typeof createProjectSchema>;
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

export const projectParams = z.object({ projectId: z.string().min(1).max(64) });
