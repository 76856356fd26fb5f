import type * as Phaser from 'phaser';
import type { GameState } from '../state';
import { CHART_MARGIN, debriefView } from '../ui/views/debrief';
import { type SceneContext, ScreenScene } from './base';

/** The debrief: scores and timeline in the DOM, sentiment and reach curves on the canvas. */
export class Debrief extends ScreenScene<ReturnType<typeof debriefView>> {
  private curves!: Phaser.GameObjects.Graphics;

  constructor() {
    super('Debrief');
  }
  protected makeView(ctx: SceneContext) {
    return debriefView(ctx);
  }
  protected override canvasSlot(view: ReturnType<typeof debriefView>) {
    return view.canvasSlot;
  }
  protected override changed(s: GameState, p: GameState) {
    return s.debrief !== p.debrief || s.settings.locale !== p.settings.locale;
  }

  override create(): void {
    this.curves = this.add.graphics();
    super.create();
  }

  protected override redraw(state: GameState): void {
    const series = state.debrief?.series;
    const g = this.curves.clear();
    this.ctx.requestFrame();
    if (!series || series.time.length < 2) return;
    const r = this.area();
    const { left, right, top, bottom } = CHART_MARGIN;
    const w = r.width - left - right;
    const h = r.height - top - bottom;
    if (w < 40 || h < 40) return;
    const tMax = series.time.at(-1) || 1;
    const x = (t: number) => r.x + left + (Math.min(t, tMax) / tMax) * w;
    g.lineStyle(1, 0x334155, 1).strokeRect(r.x + left, r.y + top, w, h);
    g.lineBetween(r.x + left, r.y + top + h / 2, r.x + left + w, r.y + top + h / 2);
    // Each decision: a faint line at its time, under the number the view writes over it.
    g.lineStyle(1, 0x94a3b8, 0.45);
    for (const d of state.debrief?.decisions ?? []) g.lineBetween(x(d.decidedAt), r.y + top, x(d.decidedAt), r.y + top + h);
    const points = (values: number[], lo: number, hi: number) =>
      values.map((v, i) => ({
        x: x(series.time[i] ?? 0),
        y: r.y + top + h - ((v - lo) / (hi - lo || 1)) * h,
      }));
    // Sentiment: a solid line. Reach: dots along a faint line — told apart by more than colour.
    const sentiment = points(series.sentiment, -100, 100);
    g.lineStyle(3, 0x22c55e, 1).beginPath();
    sentiment.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
    g.strokePath();
    const reach = points(series.reach, 0, Math.max(...series.reach, 1));
    g.lineStyle(1, 0x38bdf8, 0.5).beginPath();
    reach.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
    g.strokePath();
    g.fillStyle(0x38bdf8, 1);
    let lastDot = -Infinity;
    for (const p of reach) {
      if (p.x - lastDot < 8) continue;
      lastDot = p.x;
      g.fillRect(p.x - 2, p.y - 2, 4, 4);
    }
  }
}
