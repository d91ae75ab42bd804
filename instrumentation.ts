// Runs once when the Next.js server boots. The Node-only work lives in lib/boot.ts, imported only
// in the Node.js runtime (Next compiles this file for the Edge runtime too).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { bootServer } = await import("./lib/boot");
    await bootServer();
  }
}
