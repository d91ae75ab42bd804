// Runs once when the Next.js server boots: validate the environment so a missing or malformed
// variable stops the server with its name, then start the outbox sweeper.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, EnvError } = await import("./lib/env");
  try {
    env();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const { startOutboxSweeper } = await import("./lib/outbox/outbox-sweeper");
  startOutboxSweeper();
}
