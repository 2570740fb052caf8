// A counting HTTP proxy in front of one upstream (the devnet's RPC or its staking backend), for
// `npm run bench:load` and its test: every request is forwarded as it came and counted, JSON-RPC
// bodies are opened to count the calls inside a batch (and by method), backend requests by path.
// `snapshot()` returns the counts so far; a bench takes one before and after each route's views.
import { createServer } from "node:http";

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** JSON-RPC methods in a request body (a batch is an array), or [] when it is not JSON-RPC. */
function rpcMethods(body) {
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    return (Array.isArray(parsed) ? parsed : [parsed]).map((c) => (typeof c?.method === "string" ? c.method : "?"));
  } catch {
    return [];
  }
}

/** JSON-RPC methods that only follow the chain's head (the server's one shared poll per process). */
export const HEAD_METHODS = new Set(["eth_blockNumber", "eth_getBlockByNumber"]);

export async function startCountingProxy(upstream) {
  const counts = { http: 0, headHttp: 0, calls: 0, byMethod: {}, byPath: {} };
  const server = createServer(async (req, res) => {
    counts.http++;
    try {
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
      if (body) {
        const methods = rpcMethods(body);
        if (methods.length && methods.every((m) => HEAD_METHODS.has(m))) counts.headHttp++;
        for (const m of methods) {
          counts.calls++;
          counts.byMethod[m] = (counts.byMethod[m] ?? 0) + 1;
        }
      }
      // the path without its variable part's value counts as one kind (e.g. /stakes/0x…)
      const kind = `${req.method} ${(req.url ?? "/").replace(/0x[0-9a-fA-F]{40}/g, "<address>").replace(/[0-9a-f]{64}/g, "<key>")}`;
      if (!body) counts.byPath[kind] = (counts.byPath[kind] ?? 0) + 1;
      const up = await fetch(`${upstream}${req.url ?? "/"}`, { method: req.method, headers: { "content-type": req.headers["content-type"] ?? "application/json", accept: req.headers.accept ?? "*/*" }, body });
      const out = Buffer.from(await up.arrayBuffer());
      res.writeHead(up.status, { "content-type": up.headers.get("content-type") ?? "application/json", "content-length": out.length });
      res.end(out);
    } catch {
      res.writeHead(502).end();
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    snapshot: () => structuredClone(counts),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What happened between two snapshots. */
export function countsBetween(before, after) {
  const diff = (a, b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v - (a[k] ?? 0)]).filter(([, v]) => v > 0));
  return { http: after.http - before.http, headHttp: after.headHttp - before.headHttp, calls: after.calls - before.calls, byMethod: diff(before.byMethod, after.byMethod), byPath: diff(before.byPath, after.byPath) };
}
