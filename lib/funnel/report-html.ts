import { scriptHashSource } from "@/lib/security/inline-scripts";
import type { CspViolationLine } from "./csp-report-summary";
import { funnelChartSvg } from "./funnel-chart";
import { escapeHtml } from "./html-escape";
import type { FunnelReport, StepLine } from "./report";
import { formatConversion } from "./report-format";
import type { FunnelStep } from "./steps";

/**
 * The /admin/funnel pages as complete HTML documents (the route renders them outside every layout).
 * No script: a form that POSTs the token, answered by the report. Nothing here is ever cached.
 */

const STYLE = `
:root{color-scheme:light dark;--fg:#111;--muted:#555;--line:#ccc;--bar:#00a35c;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--muted:#aaa;--line:#444;--bar:#00f782;--bg:#0b0d0c}}
body{font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:72rem;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}p{color:var(--muted);margin:.25rem 0 1rem}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0}label{display:grid;gap:.25rem;font-weight:600}
input,select,button{font:inherit;padding:.4rem .6rem;border:1px solid var(--line);border-radius:.4rem;background:var(--bg);color:var(--fg)}
button{background:var(--bar);color:#000;border:0;font-weight:700;cursor:pointer}
.error{color:#c00;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:right;vertical-align:top}th:first-child,td:first-child{text-align:left}
td small{display:block;color:var(--muted)}.scroll{overflow-x:auto}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
svg .label,svg .value{fill:var(--fg);font:13px system-ui,sans-serif}svg .bar{fill:var(--bar)}`;

/**
 * The admin pages' own Content-Security-Policy (they are outside the proxy, which gives the site's
 * pages theirs): nothing loads, no script runs, the one inline stylesheet is allowed by its SHA-256
 * (a hash is computed the same way for a <style> as for a <script>), the form posts only here.
 */
export const ADMIN_PAGE_POLICY = `default-src 'none'; style-src ${scriptHashSource(STYLE)}; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function tokenForm(days: number): string {
  const options = [7, 30, 90, 365].map((d) => `<option value="${d}"${d === days ? " selected" : ""}>last ${d} days</option>`).join("");
  return `<form method="post" action="/admin/funnel"><label>Admin token<input type="password" name="token" autocomplete="current-password" required></label><label>Period<select name="days">${options}</select></label><button type="submit">Show the funnel</button></form>`;
}

/** The sign-in form; `problem` is one of our own fixed sentences, never the request's text. */
export function adminLoginPage(problem?: string, days = 30): string {
  const error = problem ? `<p class="error" role="alert">${escapeHtml(problem)}</p>` : "";
  return page("Funnel report", `<main><h1>Funnel report</h1><p>Counts per day, step, page and call to action: nothing else is stored. Enter the admin token to see them.</p>${error}${tokenForm(days)}</main>`);
}

const COLUMNS: readonly FunnelStep[] = ["cta_click", "landing", "explainer", "stake_page", "wallet_connected", "stake_submitted", "stake_confirmed", "claim_confirmed", "register_confirmed"];

function cell(l: StepLine | undefined): string {
  if (!l || l.count === 0) return "<td>·</td>";
  const conversion = formatConversion(l);
  return `<td data-step="${l.step}">${l.count}${conversion ? `<small>${escapeHtml(conversion)}</small>` : ""}</td>`;
}

function segmentTable(caption: string, heading: string, segments: readonly { name: string; steps: readonly StepLine[] }[], testId: string): string {
  if (!segments.length) return `<p>Nothing counted.</p>`;
  const head = `<tr><th scope="col">${escapeHtml(heading)}</th>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join("")}</tr>`;
  const rows = segments
    .map((s) => `<tr data-testid="${testId}" data-name="${escapeHtml(s.name)}"><th scope="row">${escapeHtml(s.name)}</th>${COLUMNS.map((c) => cell(s.steps.find((l) => l.step === c))).join("")}</tr>`)
    .join("");
  return `<div class="scroll"><table><caption class="sr-only">${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}

function cspTable(lines: readonly CspViolationLine[]): string {
  if (!lines.length) return `<p data-testid="csp-none">No violation reported.</p>`;
  const rows = lines
    .map((l) => `<tr data-testid="csp-row" data-directive="${escapeHtml(l.directive)}" data-blocked="${escapeHtml(l.blocked)}"><th scope="row">${escapeHtml(l.directive)}</th><td>${escapeHtml(l.blocked)}</td><td>${l.count}</td></tr>`)
    .join("");
  return `<div class="scroll"><table><caption class="sr-only">CSP violations per directive and blocked origin</caption><thead><tr><th scope="col">Directive</th><th scope="col">Blocked</th><th scope="col">Reports</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The report: the funnel chart, then the same counts per CTA and per page path, then CSP violations. */
export function adminReportPage(report: FunnelReport, days: number, csp: readonly CspViolationLine[] = []): string {
  const funnel = report.overall.filter((l) => l.step !== "cta_click");
  const clicks = report.overall.find((l) => l.step === "cta_click")?.count ?? 0;
  const body = [
    `<main><h1>Funnel report</h1>`,
    `<p>${escapeHtml(report.sinceDay)} to ${escapeHtml(report.untilDay)} (UTC days). Each figure is a count; a percentage is that count against the step before it (see README: "The funnel").</p>`,
    `<h2>Overall</h2>`,
    funnelChartSvg(funnel, `Funnel from ${report.sinceDay} to ${report.untilDay}`),
    `<p data-testid="cta-clicks">${clicks} CTA clicks in all.</p>`,
    `<h2>Per CTA</h2><p>The clicks on each call to action, then the steps that followed a click on it in the same tab.</p>`,
    segmentTable("Per CTA", "CTA", report.byCta.map((c) => ({ name: c.cta, steps: c.steps })), "cta-row"),
    `<h2>Per page</h2>`,
    segmentTable("Per page path", "Path", report.byPath.map((p) => ({ name: p.path, steps: p.steps })), "path-row"),
    `<h2>Content-Security-Policy violations</h2><p>What browsers reported our pages' policy blocked, per directive and origin (an attack, an extension, or a policy to fix).</p>`,
    cspTable(csp),
    `<h2>Another period</h2>`,
    tokenForm(days),
    `</main>`,
  ].join("");
  return page("Funnel report", body);
}
