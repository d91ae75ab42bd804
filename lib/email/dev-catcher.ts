// Where development mail goes when EMAIL_SERVER is unset: the local catcher `npm run dev` starts
// (scripts/lib/mail-catcher.ts). One place for its ports, so the app and the script agree.
export const DEV_CATCHER_SMTP_PORT = 1025;
export const DEV_CATCHER_WEB_PORT = 1080;
export const DEV_CATCHER_SMTP_URL = `smtp://127.0.0.1:${DEV_CATCHER_SMTP_PORT}`;
