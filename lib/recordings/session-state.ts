// Small helpers shared by the ingestion use-cases.
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";

export function sessionEnded(what: string) {
  return new AppError("conflict", `This session has ended; it accepts no new ${what}`, { reason: "session_ended" });
}

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A row id for raw inserts, in the shape of Prisma's cuid() defaults ("c" + 24 lower-case alphanumerics). */
export function newRowId(): string {
  let id = "c";
  for (const b of randomBytes(24)) id += ALPHABET[b % 36];
  return id;
}
