// Every command, in the order `usertests --help` lists them.
import type { Command } from "../lib/command";
import api from "./api";
import authLogin from "./auth-login";
import authLogout from "./auth-logout";
import auditList from "./audit-list";
import authWhoami from "./auth-whoami";
import health from "./health";
import implementationGet from "./implementation-get";
import implementationList from "./implementation-list";
import keyCreate from "./key-create";
import keyList from "./key-list";
import keyRevoke from "./key-revoke";
import keyRotatePublic from "./key-rotate-public";
import mcp from "./mcp";
import outboxList from "./outbox-list";
import outboxRetry from "./outbox-retry";
import privacyErase from "./privacy-erase";
import privacyErasures from "./privacy-erasures";
import privacyExport from "./privacy-export";
import privacyExports from "./privacy-exports";
import projectCreate from "./project-create";
import projectGet from "./project-get";
import projectList from "./project-list";
import projectUpdate from "./project-update";
import projectUse from "./project-use";
import screenerActivate from "./screener-activate";
import screenerAddQuestion from "./screener-add-question";
import screenerCreate from "./screener-create";
import screenerGet from "./screener-get";
import screenerList from "./screener-list";
import screenerPause from "./screener-pause";
import screenerUpdate from "./screener-update";
import screenerUrl from "./screener-url";
import sessionCreate from "./session-create";
import sessionDelete from "./session-delete";
import sessionGet from "./session-get";
import sessionList from "./session-list";
import sessionReprocess from "./session-reprocess";
import signalLink from "./signal-link";
import signalList from "./signal-list";
import signalUnlink from "./signal-unlink";
import taskGet from "./task-get";
import taskImplement from "./task-implement";
import taskInvite from "./task-invite";
import taskList from "./task-list";
import taskMeasure from "./task-measure";
import taskSpec from "./task-spec";
import taskUpdateStatus from "./task-update-status";
import taskVerify from "./task-verify";

export const commands: Command[] = [
  authLogin,
  authLogout,
  authWhoami,
  projectList,
  projectCreate,
  projectGet,
  projectUpdate,
  projectUse,
  keyList,
  keyCreate,
  keyRevoke,
  keyRotatePublic,
  sessionList,
  sessionGet,
  sessionReprocess,
  sessionDelete,
  sessionCreate,
  signalList,
  signalLink,
  signalUnlink,
  taskList,
  taskGet,
  taskUpdateStatus,
  taskSpec,
  taskImplement,
  taskMeasure,
  taskVerify,
  taskInvite,
  implementationList,
  implementationGet,
  screenerList,
  screenerCreate,
  screenerGet,
  screenerUpdate,
  screenerAddQuestion,
  screenerActivate,
  screenerPause,
  screenerUrl,
  outboxList,
  outboxRetry,
  auditList,
  privacyErase,
  privacyErasures,
  privacyExport,
  privacyExports,
  mcp,
  health,
  api,
];
