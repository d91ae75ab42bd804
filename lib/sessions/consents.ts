/** A session's or screener response's three consents, as the API shows them. */
export function consentsOf(row: { consentRecording: boolean; consentAnalytics: boolean; consentFollowUp: boolean }) {
  return { recording: row.consentRecording, analytics: row.consentAnalytics, followUp: row.consentFollowUp };
}
