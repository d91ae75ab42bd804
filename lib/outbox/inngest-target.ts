// Where the Inngest SDK sends events, derived from the same variables and in the same order as the
// SDK (inngest@4: Inngest.eventBaseUrl / mode), so messages can name the server that did not answer.
import { env, type Env } from "@/lib/env";

const DEV_SERVER_URL = "http://localhost:8288/";
const CLOUD_EVENT_URL = "https://inn.gs/";

function asBoolean(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  return undefined;
}

function asUrl(value: string | undefined): string | undefined {
  if (!value || asBoolean(value) !== undefined) return undefined;
  try {
    return new URL(value.includes("://") ? value : `http://${value}`).href;
  } catch {
    return undefined;
  }
}

export interface InngestTarget {
  /** "dev": a dev server (INNGEST_DEV); "cloud": Inngest Cloud or a self-hosted server with keys */
  mode: "dev" | "cloud";
  /** base URL events are POSTed to (`<url>e/<event key>`); never includes the key */
  url: string;
  /** whether events can be sent at all: cloud mode needs INNGEST_EVENT_KEY */
  configured: boolean;
}

export function inngestTarget(e: Pick<Env, "INNGEST_DEV" | "INNGEST_BASE_URL" | "INNGEST_EVENT_KEY"> = env()): InngestTarget {
  const devUrl = asUrl(e.INNGEST_DEV);
  const devFlag = asBoolean(e.INNGEST_DEV);
  const mode = devFlag !== undefined ? (devFlag ? "dev" : "cloud") : devUrl ? "dev" : "cloud";
  const url = e.INNGEST_BASE_URL ?? devUrl ?? (mode === "dev" ? DEV_SERVER_URL : CLOUD_EVENT_URL);
  return { mode, url, configured: mode === "dev" || Boolean(e.INNGEST_EVENT_KEY) };
}
