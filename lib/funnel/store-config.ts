import path from "node:path";
import { z } from "zod";

export const DEFAULT_SQLITE_FILE = ".data/funnel.sqlite";

export type FunnelStoreConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const envSchema = z.object({
  DATABASE_URL: z.preprocess(blankIsUnset, z.string().regex(/^postgres(ql)?:\/\//, { message: "DATABASE_URL must be a postgres:// or postgresql:// URL" }).optional()),
  FUNNEL_SQLITE_PATH: z.preprocess(blankIsUnset, z.string().optional()),
});

/**
 * Which store the funnel uses: PostgreSQL when DATABASE_URL is set (several servers share it),
 * otherwise the SQLite file FUNNEL_SQLITE_PATH (default .data/funnel.sqlite, relative to the app).
 */
export function funnelStoreConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): FunnelStoreConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`funnel storage: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  if (parsed.data.DATABASE_URL) return { kind: "postgres", url: parsed.data.DATABASE_URL };
  return { kind: "sqlite", file: path.resolve(cwd, parsed.data.FUNNEL_SQLITE_PATH ?? DEFAULT_SQLITE_FILE) };
}
