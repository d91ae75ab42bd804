import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { AllowedOrigins } from "./allowed-origins";

/**
 * The exact tags to paste into a site: the loader (sdk.js, from this app, with the project's
 * public key in data-project-key) and a start script. The loader is async, so the start script
 * waits for its "usertests:ready" event when it runs first (packages/sdk/README.md).
 */
export function snippetFor(input: { appUrl: string; publicKey: string }): string {
  const origin = new URL(input.appUrl).origin;
  return [
    `<script src="${origin}/sdk.js" data-project-key="${input.publicKey}" async></script>`,
    `<script>`,
    `  function startUserTests() {`,
    `    // ask for consent in your own UI first; only what is consented to is recorded`,
    `    UserTests.init({ consent: { recording: true, analytics: true } });`,
    `  }`,
    `  window.UserTests ? startUserTests() : addEventListener("usertests:ready", startUserTests);`,
    `</script>`,
  ].join("\n");
}

const START_EXAMPLE = `// from a click: browsers only grant the microphone to a user gesture
button.onclick = () => UserTests.start({ audio: true, screen: false });
// when the participant is done (queues the analysis)
UserTests.end();`;

export function SnippetPanel({
  appUrl,
  publicKey,
  allowedOrigins,
  canEdit,
}: {
  appUrl: string;
  publicKey: string | null;
  allowedOrigins: string[];
  canEdit: boolean;
}) {
  return (
    <Card>
      <CardBody className="space-y-5">
        {publicKey ? (
          <>
            <div className="space-y-2">
              <p className="text-[13px] font-medium text-zinc-800">1. Paste this before the closing &lt;/body&gt; tag of your site</p>
              <CodeBlock code={snippetFor({ appUrl, publicKey })} label="SDK snippet" language="HTML" testId="sdk-snippet" />
              <p className="text-xs text-zinc-500">
                The loader is under 2 KB; the recorder is fetched only when recording starts. Values typed into fields are never recorded;
                add <code className="font-mono">data-ut-mask</code> or <code className="font-mono">data-ut-block</code> to hide more.
              </p>
            </div>
            <div className="space-y-2">
              <p className="text-[13px] font-medium text-zinc-800">2. Allow your site&apos;s origin</p>
              <AllowedOrigins origins={allowedOrigins} canEdit={canEdit} />
            </div>
            <div className="space-y-2">
              <p className="text-[13px] font-medium text-zinc-800">3. Start and end recording from your page</p>
              <CodeBlock code={START_EXAMPLE} label="Start and end recording" language="JavaScript" />
            </div>
          </>
        ) : (
          <Alert tone="warning" title="No public key">
            This project has no active public key, so there is no snippet to paste. An admin can issue one under API keys.
          </Alert>
        )}
      </CardBody>
    </Card>
  );
}
