// sdk-recorder.js: the recorder core as a classic script, picked up by the loader (sdk.js).
import { createCore } from "./recorder";

(window as Window & { __UserTestsRecorder?: typeof createCore }).__UserTestsRecorder = createCore;
