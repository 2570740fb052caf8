// `npm run funnel:report -- --days 30`: the funnel's counts and conversions for the last N UTC days,
// overall, per CTA and per page path, read from the store the server uses (DATABASE_URL, else
// FUNNEL_SQLITE_PATH, else .data/funnel.sqlite). Options: --days N (default 30), --json.
import { z } from "zod";
import { openFunnelStore } from "../lib/funnel/open-store";
import { buildFunnelReport } from "../lib/funnel/report";
import { formatReportText } from "../lib/funnel/report-text";
import { reportWindow } from "../lib/funnel/report-window";
import { funnelStoreConfig } from "../lib/funnel/store-config";

const argsSchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(3660).default(30),
  json: z.literal(true).optional(),
});

/** "--days 30", "--days=30", "--json" -> { days: "30", json: true } */
function readArgs(argv: readonly string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) throw new Error(`unexpected argument ${JSON.stringify(argv[i])}`);
    const next = argv[i + 1];
    if (m[2] !== undefined) out[m[1]!] = m[2];
    else if (next !== undefined && !next.startsWith("--")) out[m[1]!] = argv[++i]!;
    else out[m[1]!] = true;
  }
  return out;
}

async function main() {
  const parsed = argsSchema.safeParse(readArgs(process.argv.slice(2)));
  if (!parsed.success) {
    console.error(`funnel:report: ${parsed.error.issues.map((i) => `--${i.path.join(".") || "?"} ${i.message}`).join("; ")}\nusage: npm run funnel:report -- [--days 30] [--json]`);
    process.exit(2);
  }
  const window = reportWindow(parsed.data.days);
  const store = await openFunnelStore(funnelStoreConfig());
  try {
    const report = buildFunnelReport(await store.countsSince(window.sinceDay), window);
    console.error(`(from ${store.description})`);
    process.stdout.write(parsed.data.json ? JSON.stringify(report, null, 2) + "\n" : formatReportText(report));
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  console.error(`funnel:report: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
