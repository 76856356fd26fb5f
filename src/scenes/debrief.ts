import type * as Phaser from 'phaser';
import type { GameState } from '../state';
import { debriefView } from '../ui/views/debrief';
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
    if (r.width < 40 || r.height < 40) return;
    const pad = 12;
    const w = r.width - 2 * pad;
    const h = r.height - 2 * pad;
    const tMax = series.time.at(-1) || 1;
    const x = (t: number) => r.x + pad + (t / tMax) * w;
    g.lineStyle(1, 0x334155, 1).strokeRect(r.x + pad, r.y + pad, w, h);
    g.lineBetween(r.x + pad, r.y + pad + h / 2, r.x + pad + w, r.y + pad + h / 2);
    const points = (values: number[], lo: number, hi: number) =>
      values.map((v, i) => ({
        x: x(series.time[i] ?? 0),
        y: r.y + pad + h - ((v - lo) / (hi - lo || 1)) * h,
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
