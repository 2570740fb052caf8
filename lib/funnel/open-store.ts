import type { FunnelStoreConfig } from "./store-config";
import type { FunnelStore } from "./store";

/** Opens the configured adapter; the other one's driver is never loaded. */
export async function openFunnelStore(config: FunnelStoreConfig): Promise<FunnelStore> {
  if (config.kind === "postgres") {
    const { openPostgresFunnelStore } = await import("./postgres-store");
    return openPostgresFunnelStore(config.url, { poolMax: config.poolMax });
  }
  const { openSqliteFunnelStore } = await import("./sqlite-store");
  return openSqliteFunnelStore(config.file);
}
