// ESM entry for npm-style use (and the interview room):
//   import { UserTests } from "@usertests/sdk";
//   await UserTests.init({ key, sessionId, consent }); await UserTests.start({ audio: true });
// The recorder is a dynamic import, so bundlers split it off and load it on init().
import { createApi } from "./api";

export type {
  Consent,
  ErrorDetail,
  EventName,
  GapDetail,
  InitOptions,
  RecorderState,
  StartOptions,
  StateDetail,
  UserTestsApi,
} from "./types";

export const UserTests = createApi(() => import("./recorder").then((m) => m.createCore), {
  endpoint: typeof location === "undefined" ? "" : location.origin,
});

export default UserTests;
