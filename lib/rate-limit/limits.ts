// Rate limits per minute (product.md §3). Keys are "<limit>:<ip or session id>".
//
// Participants often share one address (an office, a lab, a school behind NAT), so once a session is
// known its reads and writes are limited per session, never per address; per-address limits are
// kept for anonymous creation and lookups only, and sized for a shared network.
export const LIMITS = {
  screenerViewPerIp: { points: 300, duration: 60 },
  screenerSubmitPerIp: { points: 30, duration: 60 },
  chatPerSession: { points: 60, duration: 60 },
  // voice interviews: a reply is spoken in a few pieces, each one GET, and a replay fetches them again
  speechPerSession: { points: 240, duration: 60 },
  // audio + screen at one chunk per 5 s each is 24/min; ×5 leaves room for retries and gap re-sends
  uploadsPerSession: { points: 120, duration: 60 },
  // a busy page sends a batch every few seconds; flushes on hide and retries add to it
  eventBatchesPerSession: { points: 120, duration: 60 },
  sessionCreatePerIp: { points: 60, duration: 60 },
  // the interview room and completion page poll their session every few seconds
  sessionReadsPerSession: { points: 120, duration: 60 },
  // requests naming a session that is not the key's project's (or does not exist): probing
  sessionLookupMissesPerIp: { points: 60, duration: 60 },
  // the CLI exchanges one code per login; a guesser gets very few tries (codes carry 256 bits anyway)
  cliTokenPerIp: { points: 20, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;
