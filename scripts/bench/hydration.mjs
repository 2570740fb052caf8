#!/usr/bin/env node
// `npm run bench:hydration -- /stake /nodes`: what a page's main thread does while it hydrates on a
// phone, to find what to defer, split or move to the server (the Lighthouse TBT goal, issue 9).
// A mid-range phone as Lighthouse emulates it (412 x 823, touch, CPU slowed 4x), a fresh context
// (cold cache) on a private devnet and `next start` of the build in .next. Prints the long tasks
// (> 50 ms) and every React commit: when, how long, and the components that rendered in it with
// their own render time (a client component's first render includes evaluating its module graph).
//
// Component names and times need React's profiling build without mangled names:
//   SKIP_BUILD_TYPECHECK=1 npx next build --profile --no-mangling && npx tsx scripts/csp-manifest.ts
// (a normal build still shows the long tasks and commit times, with minified names). Rebuild
// normally afterwards (`npm run build`): the profiling build is slower and not what ships.
import { reexecUnderTsx } from "./lib/under-tsx.mjs";

reexecUnderTsx(import.meta.url);

const { REPO } = await import("./lib/reference-app.mjs");
const { startBenchDevnet, startNext } = await import("./lib/servers.mjs");
const { launchBrowser, openPhonePage } = await import("./lib/stake-pages.mjs");

const routes = process.argv.slice(2).filter((a) => a.startsWith("/"));
if (!routes.length) routes.push("/stake");
const SETTLE_MS = 8_000;

/**
 * Runs in the page before React: a stand-in for the React DevTools hook, which React calls on every
 * commit. A fiber with the PerformedWork flag (1) rendered in that commit; selfBaseDuration is its
 * own render time (profiling builds only).
 */
function recordCommits() {
  const w = /** @type {any} */ (window);
  w.__commits = [];
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ at: Math.round(e.startTime), ms: Math.round(e.duration) });
  }).observe({ type: "longtask", buffered: true });
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  let renderers = 0;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(++renderers, renderer);
      return renderers;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onCommitFiberRoot(_id, root) {
      const own = new Map();
      let rendered = 0;
      const stack = [root.current.child];
      while (stack.length) {
        for (let f = stack.pop(); f; f = f.sibling) {
          if (f.flags & 1 && COMPONENT_TAGS.has(f.tag)) {
            const t = f.type;
            const name = t?.displayName || t?.name || t?.render?.displayName || t?.render?.name || t?.type?.name || "(anonymous)";
            own.set(name, (own.get(name) ?? 0) + (f.selfBaseDuration ?? 0));
            rendered++;
          }
          if (f.child) stack.push(f.child);
        }
      }
      const top = [...own].sort((a, b) => b[1] - a[1]).slice(0, 8);
      w.__commits.push({ at: Math.round(performance.now()), ms: Math.round(root.current.actualDuration ?? 0), rendered, top });
    },
  };
}

const devnet = await startBenchDevnet();
const server = await startNext(REPO, { env: { DEVNET_STATE_FILE: devnet.stateFile }, lifetimeMs: 10 * 60_000 });
const browser = await launchBrowser();
try {
  for (const route of routes) {
    await fetch(server.base + route); // the server's first render of the route is not the page's
    const { context, page } = await openPhonePage(browser);
    await page.addInitScript(recordCommits);
    await page.goto(server.base + route, { waitUntil: "load" });
    await page.waitForTimeout(SETTLE_MS);
    const { commits, longTasks } = await page.evaluate(() => ({ commits: /** @type {any} */ (window).__commits, longTasks: /** @type {any} */ (window).__longTasks }));
    const blocking = longTasks.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0);
    console.log(`\n${route} (4x CPU, 412 px, cold cache; ${SETTLE_MS / 1000} s after load)`);
    console.log(`long tasks: ${longTasks.map((t) => `${t.ms} ms at ${t.at}`).join(", ") || "none"} (blocking ${blocking} ms)`);
    for (const c of commits) {
      if (c.ms < 5 && c.rendered < 30) continue; // the router's small follow-up commits
      const parts = c.top.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(", ");
      console.log(`commit at ${c.at} ms: ${c.ms} ms, ${c.rendered} components; own render ms: ${parts}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
  await devnet.stop();
}
