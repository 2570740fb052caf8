/**
 * Records each request's TCP peer address in a header of our own (PEER_ADDRESS_HEADER), for the
 * rate limiters (lib/http/client-address.ts). Next's route handlers are given a web Request, which
 * has no socket: the only address Next passes on is X-Forwarded-For, and only when the client did
 * not send one itself, so a client could pick its own address. This hook runs first on every
 * request of every HTTP server in the process (`next start` and the standalone server make one),
 * and overwrites any value a client sent under the same name. Installed once, by instrumentation.ts.
 */
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-address";

const INSTALLED = Symbol.for("session-staking.peer-address-installed");

export function recordPeerAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function emitWithPeerAddress(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "unknown";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
