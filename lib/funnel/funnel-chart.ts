import { escapeHtml } from "./html-escape";
import type { StepLine } from "./report";
import { formatConversion } from "./report-format";

const ROW_HEIGHT = 34;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 420;
const TEXT_WIDTH = 240;

/**
 * The funnel as an SVG: one centred bar per step, its width proportional to the step's count,
 * with the count and the conversion from the step before. Plain SVG, no chart library, no script.
 */
export function funnelChartSvg(lines: readonly StepLine[], title: string): string {
  const max = Math.max(1, ...lines.map((l) => l.count));
  const width = LABEL_WIDTH + BAR_WIDTH + TEXT_WIDTH;
  const height = lines.length * ROW_HEIGHT + 8;
  const rows = lines.map((l, i) => {
    const y = 4 + i * ROW_HEIGHT;
    const barWidth = l.count === 0 ? 0 : Math.max(2, (l.count / max) * BAR_WIDTH);
    const x = LABEL_WIDTH + (BAR_WIDTH - barWidth) / 2;
    const conversion = formatConversion(l);
    return [
      `<g data-step="${escapeHtml(l.step)}" data-count="${l.count}">`,
      `<text x="${LABEL_WIDTH - 10}" y="${y + 21}" text-anchor="end" class="label">${escapeHtml(l.step)}</text>`,
      `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${barWidth.toFixed(1)}" height="${ROW_HEIGHT - 8}" rx="4" class="bar"><title>${escapeHtml(`${l.step}: ${l.count}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 10}" y="${y + 21}" class="value">${l.count}${conversion ? ` · ${escapeHtml(conversion)}` : ""}</text>`,
      `</g>`,
    ].join("");
  });
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${rows.join("")}</svg>`;
}
