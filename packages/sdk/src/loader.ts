// sdk.js — the tiny script-tag loader:
//   <script src="https://HOST/sdk.js" data-project-key="ut_pub_…" async></script>
// It defines window.UserTests right away and loads the recorder (sdk-recorder.js, same origin as
// this script) only when init() is called.
import { createApi } from "./api";
import type { CoreFactory, UserTestsApi } from "./types";

declare const __RECORDER_VERSION__: string;

type Win = Window & { UserTests?: UserTestsApi; __UserTestsRecorder?: CoreFactory };
const w = window as Win;
const script = document.currentScript as HTMLScriptElement | null;

function load(endpoint: string): Promise<CoreFactory> {
  return new Promise((resolve, reject) => {
    if (w.__UserTestsRecorder) return resolve(w.__UserTestsRecorder);
    const s = document.createElement("script");
    s.src = `${endpoint}/sdk-recorder.js?v=${__RECORDER_VERSION__}`;
    s.async = true;
    s.onload = () => (w.__UserTestsRecorder ? resolve(w.__UserTestsRecorder) : reject(new Error("UserTests: recorder did not load")));
    s.onerror = () => {
      s.remove();
      reject(new Error("UserTests: could not load " + s.src));
    };
    document.head.appendChild(s);
  });
}

if (!w.UserTests) {
  w.UserTests = createApi(load, {
    key: script && script.getAttribute("data-project-key"),
    endpoint: script && script.src ? new URL(script.src).origin : location.origin,
  });
  dispatchEvent(new Event("usertests:ready"));
}
