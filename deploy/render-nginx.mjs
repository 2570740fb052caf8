#!/usr/bin/env node
// Renders deploy/nginx/session-staking.conf.template for one machine (docs/deploy.md), and for the
// topology test (scripts/topology/): the same template, other ports and directories.
//   node deploy/render-nginx.mjs --app-dir /srv/session-staking/app --instances 127.0.0.1:3001,127.0.0.1:3002 \
//     [--listen 80] [--server-name token.getsession.org] [--cache-dir /var/cache/nginx/session-staking] \
//     [--snippets-dir /etc/nginx/session-staking] [--proxy-params /etc/nginx/session-staking/proxy-params.conf]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), "nginx", "session-staking.conf.template");

export function renderNginx({ appDir, instances, listen = "80", serverName = "_", cacheDir = "/var/cache/nginx/session-staking", snippetsDir = "/etc/nginx/session-staking", proxyParams = "/etc/nginx/session-staking/proxy-params.conf" }) {
  if (!path.isAbsolute(appDir)) throw new Error("--app-dir must be absolute");
  if (!instances.length) throw new Error("--instances: at least one host:port");
  const values = {
    APP_DIR: appDir.replace(/\/+$/, ""),
    // one failure takes an instance out for 10 s; nginx then retries the request on the next one
    UPSTREAM_SERVERS: instances.map((i) => `    server ${i} max_fails=1 fail_timeout=10s;`).join("\n"),
    LISTEN: listen,
    SERVER_NAME: serverName,
    CACHE_DIR: cacheDir,
    SNIPPETS_DIR: snippetsDir,
    PROXY_PARAMS: proxyParams,
  };
  return readFileSync(TEMPLATE, "utf8").replace(/\{\{(\w+)\}\}/g, (_m, k) => {
    if (!(k in values)) throw new Error(`the template names an unknown value {{${k}}}`);
    return values[k];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
  process.stdout.write(
    renderNginx({
      appDir: args["app-dir"],
      instances: String(args.instances ?? "").split(",").filter(Boolean),
      listen: args.listen,
      serverName: args["server-name"],
      cacheDir: args["cache-dir"],
      snippetsDir: args["snippets-dir"],
      proxyParams: args["proxy-params"],
    }),
  );
}
