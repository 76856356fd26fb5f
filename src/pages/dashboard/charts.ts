/**
 * Two small charts drawn on a <canvas> (no library: a few bars do not need one): the average per
 * competency, and the distribution of each competency's scores in bands of 20 points. Each canvas
 * is an image with a text label; the exact numbers are in the data table next to it.
 */

export interface ChartRow {
  label: string;
  mean: number;
  bands: number[];
}

function palette() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#e6edf7'),
    muted: v('--muted', '#a9b8d0'),
    line: v('--line', '#2a3a5c'),
    accent: v('--accent', '#38bdf8'),
    good: v('--good', '#4ade80'),
    font: v('--font', 'sans-serif'),
  };
}

/** Sizes the canvas to its box and the screen's pixel ratio; returns a context in CSS pixels. */
function prepare(canvas: HTMLCanvasElement, height: number): { ctx: CanvasRenderingContext2D; width: number } | null {
  const width = Math.max(280, Math.floor(canvas.parentElement?.clientWidth ?? 600));
  const ratio = window.devicePixelRatio || 1;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return { ctx, width };
}

/** Horizontal bars: one per competency, 0–100. */
export function drawAverages(canvas: HTMLCanvasElement, rows: ChartRow[], format: (n: number) => string): void {
  const rowH = 34;
  const prepared = prepare(canvas, rows.length * rowH + 28);
  if (!prepared) return;
  const { ctx, width } = prepared;
  const p = palette();
  ctx.font = `14px ${p.font}`;
  const labelW = Math.min(220, Math.max(...rows.map((r) => ctx.measureText(r.label).width), 60) + 12);
  const x0 = labelW;
  const x1 = width - 56;
  const scale = (v: number) => x0 + (Math.max(0, Math.min(100, v)) / 100) * (x1 - x0);
  // grid at 0, 25, 50, 75, 100
  ctx.strokeStyle = p.line;
  ctx.fillStyle = p.muted;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const g of [0, 25, 50, 75, 100]) {
    const x = Math.round(scale(g)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, 4);
    ctx.lineTo(x, rows.length * rowH + 4);
    ctx.stroke();
    ctx.fillText(String(g), x, rows.length * rowH + 8);
  }
  rows.forEach((r, i) => {
    const y = 4 + i * rowH;
    ctx.fillStyle = p.text;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.fillText(r.label, x0 - 10, y + rowH / 2);
    ctx.fillStyle = p.accent;
    ctx.fillRect(x0, y + 7, Math.max(1, scale(r.mean) - x0), rowH - 14);
    ctx.fillStyle = p.text;
    ctx.textAlign = 'left';
    ctx.fillText(format(r.mean), scale(r.mean) + 6, y + rowH / 2);
  });
}

/** Small multiples: for each competency, the number of results in each band of 20 points. */
export function drawDistributions(canvas: HTMLCanvasElement, rows: ChartRow[], bandLabels: string[]): void {
  const height = 210;
  const prepared = prepare(canvas, height);
  if (!prepared) return;
  const { ctx, width } = prepared;
  const p = palette();
  const max = Math.max(1, ...rows.flatMap((r) => r.bands));
  const gap = 16;
  const panelW = (width - gap * (rows.length - 1)) / rows.length;
  const top = 22;
  const bottom = height - 40;
  rows.forEach((r, i) => {
    const x = i * (panelW + gap);
    ctx.strokeStyle = p.line;
    ctx.beginPath();
    ctx.moveTo(x, bottom + 0.5);
    ctx.lineTo(x + panelW, bottom + 0.5);
    ctx.stroke();
    const barW = panelW / r.bands.length;
    r.bands.forEach((n, b) => {
      const h = ((bottom - top) * n) / max;
      ctx.fillStyle = b >= 3 ? p.good : p.accent;
      ctx.fillRect(x + b * barW + 2, bottom - h, barW - 4, h);
      if (n > 0) {
        ctx.fillStyle = p.text;
        ctx.font = `12px ${p.font}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(String(n), x + b * barW + barW / 2, bottom - h - 2);
      }
    });
    ctx.fillStyle = p.muted;
    ctx.font = `11px ${p.font}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(bandLabels[0] ?? '', x, bottom + 4);
    ctx.textAlign = 'right';
    ctx.fillText(bandLabels[bandLabels.length - 1] ?? '', x + panelW, bottom + 4);
    ctx.fillStyle = p.text;
    ctx.font = `13px ${p.font}`;
    ctx.textAlign = 'center';
    ctx.fillText(fit(ctx, r.label, panelW), x + panelW / 2, bottom + 20);
  });
}

function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > width) s = s.slice(0, -1);
  return `${s}…`;
}
