// The cipher lives in lib/security (it also seals outbound webhook secrets and Slack URLs, in
// lib/integrations, which lib/tasks depends on); GitHub code keeps importing it from here.
export { credentialsKey, decryptSecret, encryptSecret } from "@/lib/security/credential-cipher";
