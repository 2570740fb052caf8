import path from "node:path";
import { readEnv } from "@/lib/config/env";

export type FunnelStoreConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string; poolMax: number };

/**
 * Which store the funnel uses: PostgreSQL when DATABASE_URL is set (several servers share it),
 * otherwise the SQLite file FUNNEL_SQLITE_PATH (default .data/funnel.sqlite, relative to the app).
 */
export function funnelStoreConfig(env?: Record<string, string | undefined>, cwd = process.cwd()): FunnelStoreConfig {
  const e = readEnv(env);
  if (e.DATABASE_URL) return { kind: "postgres", url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX };
  return { kind: "sqlite", file: path.resolve(cwd, e.FUNNEL_SQLITE_PATH) };
}
