// The end-to-end suite's mail catcher, one for the whole run (a Playwright web server): the app's
// EMAIL_SERVER points at its SMTP port (E2E_PORT + 6, scripts/e2e-server.ts) and specs read what
// arrived from GET /messages.json on E2E_PORT + 5 (e2e/mail.ts), so any number of specs can wait for
// their own mail in parallel.
import { startMailCatcher } from "./lib/mail-catcher";

const base = Number(process.env.E2E_PORT ?? 3100);
const catcher = await startMailCatcher({ smtpPort: base + 6, webPort: base + 5 });
console.log(`mail catcher: ${catcher.smtpUrl}, messages at ${catcher.webUrl}/messages.json`);
const stop = () => void catcher.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
