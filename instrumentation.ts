/**
 * Next calls register() once when the server starts (`next start`, `next dev`, the standalone
 * server; never during `next build`). It validates the configuration, stopping a server whose
 * environment is wrong, and installs the peer-address hook the rate limiters rely on
 * (lib/config/start-check.ts). Node-only modules are imported inside the Node.js branch.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/config/start-check");
  startServer();
}
