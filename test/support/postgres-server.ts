/**
 * A throwaway PostgreSQL server for the funnel's adapter tests: a fresh cluster in a temporary
 * directory, on a free port of 127.0.0.1, stopped by its pid. PostgreSQL refuses to run as root, so
 * when the tests run as root the cluster belongs to the `postgres` user (runuser). A detached
 * watchdog stops it and removes the directory when the test process dies or after `lifetimeMs`,
 * whichever comes first, so no server outlives its tests.
 */
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/scripts/free-port.mjs";
import { guardServer } from "@/scripts/watchdog.mjs";

export type TempPostgres = {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** The same server, another database. */
  urlFor(database: string): string;
  /** Shuts the server down ("fast": connections are cut), keeping its data, as an outage would. */
  halt(): Promise<void>;
  /** Starts it again on the same port and data (after halt). */
  resume(): void;
  stop(): Promise<void>;
};

/** initdb, pg_ctl and postgres: POSTGRES_BIN_DIR, else Debian's newest /usr/lib/postgresql/<n>/bin. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env.POSTGRES_BIN_DIR;
  if (fromEnv) return existsSync(path.join(fromEnv, "initdb")) ? fromEnv : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(root, v, "bin")).find((d) => existsSync(path.join(d, "initdb"))) ?? null;
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  if (!Number.isInteger(uid) || uid <= 0) throw new Error("tests run as root but there is no `postgres` user to run PostgreSQL as (apt-get install -y postgresql creates it)");
  return { uid, gid: id("-g") };
}

/** Runs a PostgreSQL program, as `postgres` when we are root. */
function run(bin: string, program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
  const r = spawnSync(cmd, argv, { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${program} failed (${r.status}): ${r.stderr || r.stdout}`);
}


async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > until) {
      process.kill(pid, "SIGKILL");
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startTempPostgres({ lifetimeMs = 10 * 60_000 }: { lifetimeMs?: number } = {}): Promise<TempPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql (or set POSTGRES_BIN_DIR). .ci/run installs it.");
  const dir = mkdtempSync(path.join(tmpdir(), "funnel-pg-"));
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  // fsync off: a test database never needs to survive a power cut
  const start = () => run(bin, "pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "30", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  const guard = () => {
    const started = Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
    // SIGQUIT: PostgreSQL's immediate shutdown, for a server whose tests are gone
    guardServer({ pid: started, lifetimeMs, signal: "SIGQUIT", removeDir: dir });
    return started;
  };
  try {
    run(bin, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    start();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let pid = guard();
  const urlFor = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor("postgres"),
    urlFor,
    async halt() {
      process.kill(pid, "SIGINT"); // "fast" shutdown: open connections are cut
      await waitUntilGone(pid, 10_000);
    },
    resume() {
      start();
      pid = guard();
    },
    async stop() {
      try {
        process.kill(pid, "SIGINT"); // "fast" shutdown
      } catch {
        // already gone
      }
      await waitUntilGone(pid, 10_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
