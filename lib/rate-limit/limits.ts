// Rate limits per minute (product.md §3). Keys are "<limit>:<ip or session id>".
export const LIMITS = {
  screenerViewPerIp: { points: 60, duration: 60 },
  screenerSubmitPerIp: { points: 10, duration: 60 },
  chatPerIp: { points: 30, duration: 60 },
  chatPerSession: { points: 60, duration: 60 },
  // audio + screen at one chunk per 5 s each is 24/min; ×5 leaves room for retries and gap re-sends
  uploadsPerSession: { points: 120, duration: 60 },
  // a busy page sends a batch every few seconds; flushes on hide and retries add to it
  eventBatchesPerSession: { points: 120, duration: 60 },
  sessionCreatePerIp: { points: 30, duration: 60 },
  // the interview room and completion page poll their session every few seconds
  sessionReadsPerIp: { points: 120, duration: 60 },
  // the CLI exchanges one code per login; a guesser gets very few tries (codes carry 256 bits anyway)
  cliTokenPerIp: { points: 20, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;
