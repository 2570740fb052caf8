/**
 * A staking backend for the attack suite's server: every request is forwarded to the devnet's
 * simulator, except where a test takes over a path: hold its answers until released (to have calls
 * in flight), answer it with a redirect or an oversized body. It counts the requests per path and
 * records those whose client (our server) went away before the answer, which is how a test sees
 * that the server aborted a call.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Rule = { kind: "hold"; waiting: (() => void)[] } | { kind: "redirect" } | { kind: "oversize"; bytes: number };

export type BackendStandIn = {
  url: string;
  /** Requests that reached the stand-in for `path` (e.g. "/info"). */
  count(path: string): number;
  /** Paths whose request was closed by our server before the stand-in answered. */
  aborted(): string[];
  /** Answers to `path` wait until the returned function is called. */
  hold(path: string): () => void;
  redirect(path: string): void;
  oversize(path: string, bytes: number): void;
  close(): Promise<void>;
};

export async function startBackendStandIn(upstream: string): Promise<BackendStandIn> {
  const counts = new Map<string, number>();
  const rules = new Map<string, Rule>();
  const aborted: string[] = [];
  const forward = async (method: string, path: string, res: ServerResponse) => {
    const up = await fetch(`${upstream}${path}`, { method, headers: { accept: "application/json" } });
    res.writeHead(up.status, { "content-type": up.headers.get("content-type") ?? "application/json" });
    res.end(Buffer.from(await up.arrayBuffer()));
  };
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    counts.set(path, (counts.get(path) ?? 0) + 1);
    res.on("close", () => {
      if (!res.writableFinished) aborted.push(path);
    });
    const rule = rules.get(path);
    if (rule?.kind === "redirect") {
      res.writeHead(302, { location: "https://evil.example/steal" }).end();
      return;
    }
    if (rule?.kind === "oversize") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(Buffer.alloc(rule.bytes, 0x20));
      return;
    }
    const go = () => void forward(req.method ?? "GET", path, res).catch(() => res.destroy());
    if (rule?.kind === "hold") rule.waiting.push(go);
    else go();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: (path) => counts.get(path) ?? 0,
    aborted: () => [...aborted],
    hold(path) {
      const rule: Rule = { kind: "hold", waiting: [] };
      rules.set(path, rule);
      return () => {
        rules.delete(path);
        for (const go of rule.waiting.splice(0)) go();
      };
    },
    redirect: (path) => void rules.set(path, { kind: "redirect" }),
    oversize: (path, bytes) => void rules.set(path, { kind: "oversize", bytes }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
