// Standalone fake GitHub API for the e2e suite and offline demos:
//   node_modules/.bin/tsx scripts/fake-github-server.ts [port]      (default 4020)
// then run the app with GITHUB_API_URL=http://127.0.0.1:<port>. Set it up through its control API:
//   POST /__control/repos  { fullName, defaultBranch?, files? }      POST /__control/tokens { token, repos?, push? }
//   GET  /__control/state  → branches and pull requests
// With FAKE_GITHUB_DEMO=1 it starts with acme/web-app and the token "github_pat_demo_0000000000000000".
import { startFakeGithub } from "../tests/fakes/fake-github-server";

const port = Number(process.argv[2] ?? process.env.FAKE_GITHUB_PORT ?? 4020);
const quiet = process.env.FAKE_GITHUB_QUIET === "1";
const github = await startFakeGithub({ port, onRequest: quiet ? undefined : (line) => console.log(`[fake-github] ${line}`) });
if (process.env.FAKE_GITHUB_DEMO === "1") {
  github.addRepo({
    fullName: "acme/web-app",
    files: {
      "README.md": "# Acme web app\n",
      "src/invoices/export-invoices.ts": "export async function exportInvoices() {}\n",
      "src/accounting/xero-client.ts": "export class XeroClient {}\n",
      "src/checkout/payment-form.tsx": "export function PaymentForm() { return null; }\n",
    },
  });
  github.addToken("github_pat_demo_0000000000000000", { repos: "*", push: true });
}
console.log(`[fake-github] listening on ${github.url}`);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void github.close().then(() => process.exit(0)));
