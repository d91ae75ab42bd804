// usertests signal link <signalId> --task <taskId> — add a signal to a task's evidence (POST …/tasks/:taskId/signals/:signalId).
import { evidenceCommand } from "./signal-evidence";

export default evidenceCommand({
  name: "signal link",
  summary: "Link a signal to a task as evidence",
  method: "post",
  done: (signalId, taskId) => `Linked signal ${signalId} to task ${taskId}`,
});
