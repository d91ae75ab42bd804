// Small helpers shared by the ingestion use-cases.
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";

export function sessionEnded(what: string) {
  return new AppError("conflict", `This session has ended; it accepts no new ${what}`, { reason: "session_ended" });
}

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A row id for raw inserts, in the shape of Prisma's cuid() defaults ("c" + 24 lower-case alphanumerics). */
export function newRowId(): string {
  return newRowIds(1)[0];
}

/** `count` row ids from one call for random bytes: an event batch needs one id per event (ADR 018). */
export function newRowIds(count: number): string[] {
  const bytes = randomBytes(24 * count);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    let id = "c";
    for (let j = i * 24; j < (i + 1) * 24; j++) id += ALPHABET[bytes[j] % 36];
    ids.push(id);
  }
  return ids;
}
