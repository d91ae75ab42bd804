// Server start-up: validate the environment so a missing or malformed variable stops the server
// with its name (instead of failing on the first request), then stamp each request with its socket's address (lib/network/peer-address.ts) and start
// the outbox sweeper.
import { env, EnvError } from "./env";
import { stampPeerAddresses } from "./network/peer-address";
import { startOutboxSweeper } from "./outbox/outbox-sweeper";

export async function bootServer() {
  try {
    env();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  stampPeerAddresses();
  startOutboxSweeper();
}
