/**
 * Every environment variable the server reads, in one validated schema (docs/configuration.md is
 * generated from ENV_DOCS below and a test keeps them equal). It is parsed once at start by
 * instrumentation.ts, which stops the server with each variable's name and what is wrong; the
 * modules that need a setting read the parsed value (`serverEnv()`), never process.env itself.
 * Messages name variables and problems, never a value: a value may be a URL with a password in it.
 * Plain TypeScript (no server-only): command-line scripts load it too (npm run funnel:report).
 *
 * In production (NODE_ENV=production: `next start`) the staking target has no default, so a server
 * meant for Arbitrum One cannot quietly come up on the devnet because a variable was misspelled.
 */
import { z } from "zod";
import { DEVNET_STATE_PATH } from "@/lib/chain/devnet-state";
import { parseMinimumVersions, type MinimumVersions } from "@/lib/staking/node-software";

export const TARGET_NAMES = ["devnet", "arbitrum-sepolia", "arbitrum-one"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

type Env = Record<string, string | undefined>;

/** An unset or blank variable is the same as an absent one (a deploy template's `FOO=` line). */
const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());
const int = (min: number, max: number) => z.coerce.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` });
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) => z.preprocess((v) => blankIsUnset(v) ?? fallback, schema);
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" });
const urlList = z
  .string()
  .transform((s) => s.split(",").map((u) => u.trim()).filter(Boolean))
  .pipe(z.array(httpUrl).min(1, { error: "must list at least one URL" }));

/** "oxend=…,storage=…,lokinet=…" (lib/staking/node-software.ts), checked here so a typo stops the server. */
const minimumVersions = z.string().transform((text, ctx): MinimumVersions => {
  const parsed = parseMinimumVersions(text);
  if (typeof parsed === "string") {
    ctx.addIssue({ code: "custom", message: parsed });
    return z.NEVER;
  }
  return parsed;
});

/** The spec's minimums for uptime proofs from HF21 rev 2 (§5.7); HF22's are [unconfirmed]. */
export const DEFAULT_NODE_MIN_VERSIONS = "oxend=11.0.6,storage=2.8.0,lokinet=0.9.11";

const schema = z.object({
  NODE_ENV: optional(z.string()),
  STAKING_TARGET: optional(z.enum(TARGET_NAMES, { error: `must be one of ${TARGET_NAMES.join(", ")}` })),
  NEXT_PUBLIC_RPC_URLS: optional(urlList),
  ARBITRUM_ONE_RPC_URLS: optional(urlList),
  ARBITRUM_SEPOLIA_RPC_URLS: optional(urlList),
  STAKING_BACKEND_URL: optional(httpUrl),
  NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: optional(z.string().trim().min(1)),
  TX_RECEIPT_TIMEOUT_MS: optional(int(1_000, 600_000)),
  DEVNET_STATE_FILE: withDefault(z.string(), DEVNET_STATE_PATH),
  NEXT_PUBLIC_SITE_URL: withDefault(z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }), "https://token.getsession.org"),
  TRUSTED_PROXY_HOPS: withDefault(int(0, 5), 0),
  BACKEND_RATE_LIMIT: withDefault(int(1, 1_000_000), 120),
  BACKEND_SIGNATURE_LIMIT: withDefault(int(1, 1_000_000), 10),
  BACKEND_SIGNATURE_LIMIT_PER_ADDRESS: withDefault(int(1, 1_000_000), 5),
  BACKEND_MAX_IN_FLIGHT: withDefault(int(1, 10_000), 32),
  BACKEND_CACHE_MS: withDefault(int(0, 300_000), 15_000),
  SERVER_BLOCK_POLL_MS: optional(int(50, 60_000)),
  SERVER_CACHE_STALE_MS: optional(int(0, 300_000)),
  SERVER_CACHE_MAX_MB: withDefault(int(1, 4_096), 64),
  INSTANCE_NAME: optional(z.string().trim().min(1).max(64)),
  FUNNEL_SQLITE_PATH: withDefault(z.string(), ".data/funnel.sqlite"),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, { error: "must be a postgres:// or postgresql:// URL" })),
  DATABASE_POOL_MAX: withDefault(int(1, 100), 5),
  FUNNEL_RATE_LIMIT: withDefault(int(1, 100_000_000), 300),
  FUNNEL_RATE_LIMIT_TOTAL: withDefault(int(1, 100_000_000), 100_000),
  FUNNEL_RATE_WINDOW_SECONDS: withDefault(int(1, 86_400), 300),
  CSP_REPORT_RATE_LIMIT: withDefault(int(1, 100_000_000), 30),
  ADMIN_TOKEN: optional(z.string().trim().min(16, { error: "must be at least 16 characters (shorter ones could be guessed)" })),
  // SESH's USD price (spec §5.6): which service production reads, and its token id, are [unconfirmed]
  PRICE_API_URL: optional(httpUrl),
  PRICE_CACHE_MS: withDefault(int(0, 3_600_000), 60_000),
  // node software (spec §5.7): the backend reports no minimum versions nor coming forks reliably, so both are configured
  NODE_MIN_VERSIONS: withDefault(minimumVersions, DEFAULT_NODE_MIN_VERSIONS),
  HARD_FORK_AT: optional(z.iso.datetime({ offset: true, error: "must be an ISO 8601 date and time, e.g. 2027-01-15T12:00:00Z" }).transform((t) => Math.floor(Date.parse(t) / 1000))),
  HARD_FORK_VERSION: optional(int(1, 1_000)),
  HARD_FORK_MIN_VERSIONS: optional(minimumVersions),
  PRICE_TOKEN: withDefault(z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: "must be a lower-case token id such as session-token" }), "session-token"),
});

const stakingSchema = schema.pick({ STAKING_TARGET: true, STAKING_BACKEND_URL: true, NEXT_PUBLIC_RPC_URLS: true, ARBITRUM_ONE_RPC_URLS: true, ARBITRUM_SEPOLIA_RPC_URLS: true });

/** Every variable the schema reads (docs/configuration.md has one row for each; a test compares). */
export const SERVER_ENV_NAMES: readonly string[] = [...Object.keys(schema.shape), "NEXT_PUBLIC_STAKING_TARGET"];

export type ServerEnv = Omit<z.infer<typeof schema>, "STAKING_TARGET"> & { STAKING_TARGET: TargetName; production: boolean };

/** One problem per variable, each as "NAME problem". */
export class EnvError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Configuration error: ${problems.join("; ")}.`);
    this.name = "EnvError";
    this.problems = problems;
  }
}

/**
 * Parses an environment (process.env in the server, any record in tests). NEXT_PUBLIC_STAKING_TARGET
 * wins over STAKING_TARGET (the name the first versions documented). Throws EnvError naming every
 * wrong variable at once.
 */
export function parseServerEnv(env: Env): ServerEnv {
  const production = env.NODE_ENV === "production";
  const input = { ...env, STAKING_TARGET: blankIsUnset(env.NEXT_PUBLIC_STAKING_TARGET) ?? env.STAKING_TARGET };
  const parsed = schema.safeParse(input);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "environment");
      const shown = name === "STAKING_TARGET" ? "STAKING_TARGET (or NEXT_PUBLIC_STAKING_TARGET)" : name;
      problems.push(`${shown} ${issue.message}`);
    }
  }
  // the target's own rules, judged even when an unrelated variable is wrong, so that one start names every problem
  const staking = stakingSchema.safeParse(input);
  const target = staking.success ? staking.data.STAKING_TARGET : undefined;
  if (staking.success && !target && production) {
    problems.push(`STAKING_TARGET must be set in production (one of ${TARGET_NAMES.join(", ")}); there is no default, so a server meant for Arbitrum cannot start on the devnet by mistake`);
  }
  if (staking.success && (target === "arbitrum-one" || target === "arbitrum-sepolia")) problems.push(...liveTargetProblems(target, staking.data));
  if (parsed.success && parsed.data.HARD_FORK_AT !== undefined && parsed.data.HARD_FORK_MIN_VERSIONS === undefined) {
    problems.push("HARD_FORK_MIN_VERSIONS must be set with HARD_FORK_AT (the banner names the versions the fork requires)");
  }
  if (problems.length || !parsed.success) throw new EnvError(problems);
  return { ...parsed.data, STAKING_TARGET: target ?? "devnet", production };
}

/**
 * Real money moves on the Arbitrum targets: the backend must be set, and an RPC or backend reached
 * over plain http could be read and its answers changed on the way (balances, signatures).
 */
function liveTargetProblems(target: "arbitrum-one" | "arbitrum-sepolia", env: z.infer<typeof stakingSchema>): string[] {
  const chain = target === "arbitrum-one" ? "Arbitrum One" : "Arbitrum Sepolia";
  const problems: string[] = [];
  const plain = (urls: readonly string[]) => urls.some((u) => new URL(u).protocol !== "https:");
  if (!env.STAKING_BACKEND_URL) problems.push(`STAKING_BACKEND_URL must be set to the Session staking backend for the ${chain} target`);
  else if (plain([env.STAKING_BACKEND_URL])) problems.push(`STAKING_BACKEND_URL must use https:// for the ${chain} target (plain http can be read and altered in transit)`);
  const perChain = target === "arbitrum-one" ? "ARBITRUM_ONE_RPC_URLS" : "ARBITRUM_SEPOLIA_RPC_URLS";
  const [field, urls] = env.NEXT_PUBLIC_RPC_URLS ? ["NEXT_PUBLIC_RPC_URLS", env.NEXT_PUBLIC_RPC_URLS] : [perChain, env[perChain]];
  if (urls && plain(urls)) problems.push(`${field} must use https:// for the ${chain} target (plain http can be read and altered in transit)`);
  return problems;
}

let parsedProcessEnv: { env: ServerEnv } | { error: EnvError } | undefined;

/**
 * process.env, parsed once per server process (instrumentation.ts parses it at start and stops a
 * server whose configuration is wrong, so a request never meets an EnvError in production).
 */
export function serverEnv(): ServerEnv {
  if (!parsedProcessEnv) {
    try {
      parsedProcessEnv = { env: parseServerEnv(process.env) };
    } catch (e) {
      if (!(e instanceof EnvError)) throw e;
      parsedProcessEnv = { error: e };
    }
  }
  if ("error" in parsedProcessEnv) throw parsedProcessEnv.error;
  return parsedProcessEnv.env;
}

/** Forgets the parsed process.env (a test that changes process.env between cases). */
export function forgetServerEnv(): void {
  parsedProcessEnv = undefined;
}

/** `env` given: parse it (tests, scripts); not given: the server's own, parsed once. */
export function readEnv(env?: Env): ServerEnv {
  return env === undefined || env === process.env ? serverEnv() : parseServerEnv(env);
}
