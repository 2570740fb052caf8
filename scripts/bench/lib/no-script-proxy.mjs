// The floor of a page (issue: the dApp as light as the marketing pages): the same route's server
// HTML with its scripts removed, served beside the live page so Lighthouse measures both in one run.
// The gap between the two is the cost of the page's JavaScript. Every other request (styles, fonts,
// images) is passed through to the app unchanged.
import http from "node:http";
import { freePort } from "../../free-port.mjs";

/** Drops <script> elements and script preloads from an HTML document. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi, "");
}

export async function startNoScriptProxy(appBase) {
  const port = await freePort();
  const server = http.createServer(async (req, res) => {
    try {
      const upstream = await fetch(`${appBase}${req.url}`, { headers: { accept: req.headers.accept ?? "*/*" }, redirect: "manual" });
      const type = upstream.headers.get("content-type") ?? "";
      const body = type.includes("text/html") ? withoutScripts(await upstream.text()) : Buffer.from(await upstream.arrayBuffer());
      // the app's CSP names its own origin's hashes and nonces: no scripts run here anyway
      res.writeHead(upstream.status, { "content-type": type, "cache-control": upstream.headers.get("cache-control") ?? "no-store" });
      res.end(body);
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(() => r())) };
}
