// Every Inngest function the app serves (app/api/inngest/route.ts).
import { abandonIdleSessionsFunction } from "./functions/abandon-idle-sessions";
import { buildExportFunction } from "./functions/build-export";
import { deliverWebhooksFunction } from "./functions/deliver-webhooks";
import { enforceRetentionFunction } from "./functions/enforce-retention";
import { eraseParticipantFunction } from "./functions/erase-participant";
import { generateSpecFunction } from "./functions/generate-spec";
import { measureImpactFunction } from "./functions/measure-impact";
import { notifySlackFunction } from "./functions/notify-slack";
import { processSession } from "./functions/process-session";
import { postVerificationCommentFunction } from "./functions/post-verification-comment";
import { purgeProjectMediaFunction } from "./functions/purge-project-media";
import { pushImplementationFunction } from "./functions/push-implementation";
import { sendEmailFunction } from "./functions/send-email";
import { sendFollowUpInvitationsFunction } from "./functions/send-follow-up-invitations";

export const functions = [
  processSession,
  abandonIdleSessionsFunction,
  enforceRetentionFunction,
  purgeProjectMediaFunction,
  generateSpecFunction,
  pushImplementationFunction,
  measureImpactFunction,
  buildExportFunction,
  eraseParticipantFunction,
  sendEmailFunction,
  sendFollowUpInvitationsFunction,
  deliverWebhooksFunction,
  notifySlackFunction,
  postVerificationCommentFunction,
];
