/**
 * Next's process hooks (Node runtime only): the graceful stop on SIGTERM (lib/lifecycle/shutdown.ts)
 * and one structured log line per server error (lib/log/logger.ts), with the request id and no
 * client address.
 */
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installShutdown } = await import("./lib/lifecycle/shutdown");
  installShutdown();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logServerError } = await import("./lib/log/logger");
  const id = request.headers["x-request-id"];
  logServerError({ requestId: Array.isArray(id) ? id[0] : id, method: request.method, path: request.path.split("?")[0], route: context.routePath, error });
};
