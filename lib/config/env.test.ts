import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv, SERVER_ENV_NAMES } from "./env";

const problems = (env: Record<string, string>) => {
  try {
    parseServerEnv(env);
    return [];
  } catch (e) {
    if (e instanceof EnvError) return [...e.problems];
    throw e;
  }
};

describe("the server's environment", () => {
  it("outside production: every setting has a default, the devnet included", () => {
    const env = parseServerEnv({});
    expect(env).toMatchObject({ STAKING_TARGET: "devnet", production: false, TRUSTED_PROXY_HOPS: 0, BACKEND_RATE_LIMIT: 120, FUNNEL_SQLITE_PATH: ".data/funnel.sqlite" });
  });

  it("in production the target has no default: a missing one stops the server, naming the variable", () => {
    expect(problems({ NODE_ENV: "production" })).toEqual([expect.stringMatching(/^STAKING_TARGET must be set in production \(one of devnet, arbitrum-sepolia, arbitrum-one\)/)]);
    expect(parseServerEnv({ NODE_ENV: "production", STAKING_TARGET: "devnet" })).toMatchObject({ STAKING_TARGET: "devnet", production: true });
    expect(parseServerEnv({ NODE_ENV: "production", NEXT_PUBLIC_STAKING_TARGET: "arbitrum-one", STAKING_BACKEND_URL: "https://b.example" })).toMatchObject({ STAKING_TARGET: "arbitrum-one" });
  });

  it("names every wrong variable at once, with what is wrong, and never its value", () => {
    const found = problems({
      STAKING_TARGET: "mainnet",
      TRUSTED_PROXY_HOPS: "-1",
      BACKEND_RATE_LIMIT: "lots",
      DATABASE_URL: "mysql://user:hunter2@db/site",
      ADMIN_TOKEN: "short-secret",
      NEXT_PUBLIC_RPC_URLS: "ftp://rpc.example/key-abc123",
    });
    expect(found).toEqual(
      expect.arrayContaining([
        "STAKING_TARGET (or NEXT_PUBLIC_STAKING_TARGET) must be one of devnet, arbitrum-sepolia, arbitrum-one",
        "TRUSTED_PROXY_HOPS must be at least 0",
        "BACKEND_RATE_LIMIT must be a whole number",
        "DATABASE_URL must be a postgres:// or postgresql:// URL",
        "ADMIN_TOKEN must be at least 16 characters (shorter ones could be guessed)",
        expect.stringMatching(/^NEXT_PUBLIC_RPC_URLS /),
      ]),
    );
    expect(found).toHaveLength(6);
    for (const secret of ["hunter2", "short-secret", "key-abc123", "mainnet", "lots"]) expect(found.join(" ")).not.toContain(secret);
  });

  it("an Arbitrum target needs its backend, over https, and https RPCs", () => {
    expect(problems({ STAKING_TARGET: "arbitrum-one" })).toEqual(["STAKING_BACKEND_URL must be set to the Session staking backend for the Arbitrum One target"]);
    expect(problems({ STAKING_TARGET: "arbitrum-sepolia", STAKING_BACKEND_URL: "http://b.example", ARBITRUM_SEPOLIA_RPC_URLS: "http://rpc.example" })).toEqual([
      "STAKING_BACKEND_URL must use https:// for the Arbitrum Sepolia target (plain http can be read and altered in transit)",
      "ARBITRUM_SEPOLIA_RPC_URLS must use https:// for the Arbitrum Sepolia target (plain http can be read and altered in transit)",
    ]);
  });

  it("the target's problems are named even beside an unrelated wrong variable", () => {
    expect(problems({ STAKING_TARGET: "arbitrum-one", TRUSTED_PROXY_HOPS: "x" })).toEqual([
      "TRUSTED_PROXY_HOPS must be a whole number",
      "STAKING_BACKEND_URL must be set to the Session staking backend for the Arbitrum One target",
    ]);
  });

  it("node software rules: minimums and a coming fork are checked at start", () => {
    expect(parseServerEnv({}).NODE_MIN_VERSIONS).toEqual({ oxend: [11, 0, 6], storageServer: [2, 8, 0], lokinet: [0, 9, 11] });
    expect(problems({ NODE_MIN_VERSIONS: "oxend=11" })[0]).toMatch(/^NODE_MIN_VERSIONS /);
    expect(problems({ HARD_FORK_AT: "2027-01-15T12:00:00Z" })).toEqual(["HARD_FORK_MIN_VERSIONS must be set with HARD_FORK_AT (the banner names the versions the fork requires)"]);
    expect(problems({ HARD_FORK_AT: "next tuesday", HARD_FORK_MIN_VERSIONS: "oxend=11.3.0,storage=2.11.0,lokinet=0.9.14" })[0]).toMatch(/^HARD_FORK_AT must be an ISO 8601/);
    const env = parseServerEnv({ HARD_FORK_AT: "2027-01-15T12:00:00Z", HARD_FORK_VERSION: "22", HARD_FORK_MIN_VERSIONS: "oxend=11.3.0,storage=2.11.0,lokinet=0.9.14" });
    expect(env.HARD_FORK_AT).toBe(Date.UTC(2027, 0, 15, 12) / 1000);
  });

  it("a blank variable is an unset one", () => {
    expect(parseServerEnv({ DATABASE_URL: "", ADMIN_TOKEN: "  ", TRUSTED_PROXY_HOPS: "" })).toMatchObject({ DATABASE_URL: undefined, ADMIN_TOKEN: undefined, TRUSTED_PROXY_HOPS: 0 });
  });

  it("docs/configuration.md lists exactly the variables of the schema", () => {
    const doc = readFileSync("docs/configuration.md", "utf8");
    const documented = [...doc.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...SERVER_ENV_NAMES].sort());
  });
});
