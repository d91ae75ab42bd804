// A session's lifecycle status and when it counts as over. Owned by sessions; ingestion and playback
// both ask it.
export type SessionStatus = "pending" | "active" | "completed" | "abandoned";

export const isEnded = (status: SessionStatus) => status === "completed" || status === "abandoned";
