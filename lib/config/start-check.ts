/**
 * What the server does once, at start (instrumentation.ts): parse the whole environment and stop
 * with every wrong variable's name and problem (never a value) rather than serve with a setting that
 * silently fell back to a default; then record each request's peer address for the rate limiters.
 */
import "server-only";
import { recordPeerAddresses } from "@/lib/http/peer-address";
import { EnvError, serverEnv } from "./env";

export function startServer(exit: (code: number) => never = process.exit): void {
  try {
    serverEnv();
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    console.error(`The server cannot start. ${e.message} See docs/configuration.md.`);
    exit(1);
  }
  recordPeerAddresses();
}
