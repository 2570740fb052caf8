/**
 * The simulator's HTTP face (node:http, no framework): the staking backend routes of spec §5.2 plus
 * the devnet controls under /devnet/, with permissive CORS. Answers are written as the real backend
 * writes them (spec §5.5): integers, bigints included, as bare JSON numbers (json-writer.ts), and
 * failures of the backend routes as Flask's default HTML error page with the status — 400
 * (malformed input), 404 (unknown / nothing available), 405, 504 (cannot sign), 500 — so clients
 * must go by the status. The devnet controls are ours and answer `{ error }` JSON, which the CLI
 * prints. Nothing takes the process down.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { toBackendJson } from "./json-writer";
import { PriceFeed } from "./price-feed";
import { HttpError, type BackendSimulator } from "./service";

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "content-type, accept",
  "access-control-max-age": "600",
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = toBackendJson(body);
  res.writeHead(status, { ...CORS, "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  500: "Internal Server Error",
  504: "Gateway Timeout",
};

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Flask's (Werkzeug's) default error page, as `abort(status, description)` sends it. */
export function flaskErrorPage(status: number, description: string): string {
  const reason = REASONS[status] ?? "Error";
  return `<!doctype html>\n<html lang=en>\n<title>${status} ${reason}</title>\n<h1>${reason}</h1>\n<p>${escapeHtml(description)}</p>\n`;
}

function sendError(res: ServerResponse, path: string, status: number, description: string): void {
  if (path.startsWith("/devnet/")) return send(res, status, { error: description });
  res.writeHead(status, { ...CORS, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(flaskErrorPage(status, description));
}

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new HttpError(400, "The request body is too large.");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new HttpError(400, "The request body must be a JSON object.");
  return parsed as Record<string, unknown>;
}

type Handler = (params: string[], body: () => Promise<Record<string, unknown>>) => unknown;
type Route = { method: "GET" | "POST"; pattern: RegExp; handler: Handler };

function routes(sim: BackendSimulator, feed: PriceFeed): Route[] {
  const p = (params: string[], i: number) => decodeURIComponent(params[i] ?? "");
  return [
    // the price service (spec §5.6), on the same port: the devnet's PRICE_API_URL is the simulator
    { method: "GET", pattern: /^\/price$/, handler: () => feed.price() },
    { method: "GET", pattern: /^\/price\/([^/]+)$/, handler: (m) => feed.price(p(m, 0)) },
    { method: "GET", pattern: /^\/prices\/([^/]+)\/([^/]+)$/, handler: (m) => feed.prices(p(m, 0), p(m, 1)) },
    {
      method: "POST",
      pattern: /^\/devnet\/price$/,
      handler: async (_m, body) => {
        const { usd, ageSeconds } = await body();
        if (!(usd === null || typeof usd === "number") || !(ageSeconds === undefined || typeof ageSeconds === "number")) {
          throw new HttpError(400, 'Send { "usd": <number> | null, "ageSeconds"?: <number> }.');
        }
        return feed.set(usd, ageSeconds);
      },
    },
    { method: "GET", pattern: /^\/info$/, handler: () => sim.info() },
    { method: "GET", pattern: /^\/nodes$/, handler: () => sim.nodes() },
    { method: "GET", pattern: /^\/nodes\/bls$/, handler: () => sim.nodesBls() },
    { method: "GET", pattern: /^\/(?:stakes|nodes)\/([^/]+)$/, handler: (m) => sim.stakes(p(m, 0)) },
    { method: "GET", pattern: /^\/rewards\/([^/]+)$/, handler: (m) => sim.rewards(p(m, 0)) },
    { method: "POST", pattern: /^\/rewards\/([^/]+)$/, handler: (m) => sim.rewardsSignature(p(m, 0)) },
    { method: "GET", pattern: /^\/daily-rewards\/([^/]+)$/, handler: (m) => sim.dailyRewards(p(m, 0)) },
    { method: "GET", pattern: /^\/exit\/([^/]+)$/, handler: (m) => sim.exit(p(m, 0)) },
    { method: "GET", pattern: /^\/liquidation\/([^/]+)$/, handler: (m) => sim.liquidation(p(m, 0)) },
    { method: "GET", pattern: /^\/exit_liquidation_list$/, handler: () => sim.exitLiquidationList() },
    { method: "GET", pattern: /^\/registrations\/([^/]+)$/, handler: (m) => sim.registrationsFor(p(m, 0)) },
    { method: "GET", pattern: /^\/contract\/contribution$/, handler: () => sim.contributionContracts() },
    { method: "GET", pattern: /^\/contract\/contribution\/([^/]+)$/, handler: (m) => sim.contributionContract(p(m, 0)) },
    {
      method: "POST",
      pattern: /^\/devnet\/advance$/,
      handler: async (_m, body) => {
        const { seconds } = await body();
        if (typeof seconds !== "number") throw new HttpError(400, 'Send { "seconds": <number> }.');
        return sim.advance(seconds);
      },
    },
    {
      method: "POST",
      pattern: /^\/devnet\/faucet$/,
      handler: async (_m, body) => {
        const { address } = await body();
        if (typeof address !== "string") throw new HttpError(400, 'Send { "address": "0x…" }.');
        return sim.faucet(address);
      },
    },
    {
      method: "POST",
      pattern: /^\/devnet\/contract-details$/,
      handler: async (_m, body) => {
        const { address, operator, pendingSeconds } = await body();
        if (typeof pendingSeconds !== "number") throw new HttpError(400, 'Send { "address": "0x…" } or { "operator": "0x…" } with "pendingSeconds": <number>.');
        return sim.holdContractDetails({ address, operator }, pendingSeconds);
      },
    },
    {
      method: "POST",
      pattern: /^\/devnet\/registrations$/,
      handler: async (_m, body) => {
        const { operator } = await body();
        if (typeof operator !== "string") throw new HttpError(400, 'Send { "operator": "0x…" }.');
        return { registration: sim.prepareRegistration(operator) };
      },
    },
  ];
}

export function createSimulatorServer(sim: BackendSimulator, log: (line: string) => void = () => {}, feed: PriceFeed = new PriceFeed()): Server {
  const table = routes(sim, feed);
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const path = url.pathname.replace(/\/+$/, "") || "/";
      if (req.method === "OPTIONS") {
        res.writeHead(204, CORS);
        res.end();
        return;
      }
      const candidates = table.filter((r) => r.pattern.test(path));
      const route = candidates.find((r) => r.method === req.method);
      if (!route) {
        if (candidates.length > 0) return sendError(res, path, 405, "The method is not allowed for the requested URL.");
        return sendError(res, path, 404, "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.");
      }
      const params = (route.pattern.exec(path) ?? []).slice(1);
      try {
        const result = await route.handler(params, () => readJsonBody(req));
        send(res, 200, result);
      } catch (error) {
        if (error instanceof HttpError) return sendError(res, path, error.status, error.message);
        log(`[simulator] ${req.method} ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        sendError(res, path, 500, "The network simulator failed on this request; see its log.");
      }
    })().catch(() => {
      if (!res.headersSent) sendError(res, "/", 500, "The network simulator failed on this request.");
    });
  });
}

export function listen(server: Server, port: number, host = "127.0.0.1"): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
