/**
 * Next's process hooks (Node runtime only; never during `next build`). register(), once when the
 * server starts (`next start`, `next dev`, the standalone server): validates the configuration,
 * stopping a server whose environment is wrong, installs the peer-address hook the rate limiters
 * rely on (lib/config/start-check.ts), and the graceful stop on SIGTERM (lib/lifecycle/shutdown.ts).
 * onRequestError: one structured log line per server error (lib/log/logger.ts), with the request
 * id and no client address. Node-only modules are imported inside the Node.js branch.
 */
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/config/start-check");
  startServer();
  const { installShutdown } = await import("./lib/lifecycle/shutdown");
  installShutdown();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logServerError } = await import("./lib/log/logger");
  const id = request.headers["x-request-id"];
  logServerError({ requestId: Array.isArray(id) ? id[0] : id, method: request.method, path: request.path.split("?")[0], route: context.routePath, error });
};
