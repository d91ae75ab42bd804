// usertests signal unlink <signalId> --task <taskId> — remove a signal from a task's evidence (DELETE …/tasks/:taskId/signals/:signalId).
import { evidenceCommand } from "./signal-evidence";

export default evidenceCommand({
  name: "signal unlink",
  summary: "Unlink a signal from a task",
  method: "delete",
  done: (signalId, taskId) => `Unlinked signal ${signalId} from task ${taskId}`,
});
