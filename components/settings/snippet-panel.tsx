import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
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

function CodeBlock({ code, label, language, testId }: { code: string; label: string; language: string; testId?: string }) {
  // the copy button sits in a bar above the code so long lines never run under it
  return (
    <div className="overflow-hidden rounded-md border border-zinc-800 bg-zinc-900">
      <div className="flex items-center justify-between gap-3 border-b border-zinc-800 bg-zinc-950/40 py-1.5 pr-1.5 pl-4">
        <span className="text-xs font-medium text-zinc-400">{language}</span>
        <CopyButton value={code} label={`Copy ${language}`} variant="ghost-dark" />
      </div>
      {/* long lines scroll sideways: a named tab stop, so keyboard users can scroll it too */}
      <pre
        role="region"
        tabIndex={0}
        aria-label={label}
        data-testid={testId}
        className="overflow-x-auto px-4 py-3 font-mono text-[12.5px] leading-relaxed text-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-400"
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}

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
