import type * as Phaser from 'phaser';
import { type GameState, spreadFrame } from '../state';
import { deskView } from '../ui/views/desk';
import { type SceneContext, ScreenScene } from './base';

const SEGMENT_COLOURS: Record<string, number> = {
  fan: 0x22c55e, neutral: 0x94a3b8, critic: 0xf97316, troll: 0xef4444, influencer: 0xa855f7, journalist: 0x38bdf8,
};
/** The spread map redraws at most this often: the network changes at game-time pace, not per frame. */
const SPREAD_REDRAW_MS = 120;

/**
 * The desk: drives game time from real frames, and draws what people would rather look at than read —
 * the gauges and the network lighting up as posts travel through it.
 */
export class Desk extends ScreenScene<ReturnType<typeof deskView>> {
  private gauges!: Phaser.GameObjects.Graphics;
  private network!: Phaser.GameObjects.Graphics;
  private sinceSpread = Infinity;
  private lastMeters = { sentiment: 0, reputation: 0 };
  private lastFrame: number | undefined;

  constructor() { super('Desk'); }
  protected makeView(ctx: SceneContext) { return deskView(ctx); }
  protected override changed(s: GameState, p: GameState) {
    return s.clock !== p.clock || s.version !== p.version || s.paused !== p.paused || s.settings !== p.settings || s.realNow !== p.realNow;
  }

  override create(): void {
    this.lastFrame = undefined;
    this.network = this.add.graphics();
    this.gauges = this.add.graphics();
    super.create();
  }

  override update(): void {
    // Real elapsed time, not Phaser's smoothed delta (clamped at 200 ms when frames are slow):
    // game time must follow the wall clock even on a struggling school PC.
    const now = performance.now();
    const delta = now - (this.lastFrame ?? now);
    this.lastFrame = now;
    this.ctx.store.getState().tick(delta);
    this.sinceSpread += delta;
    if (this.sinceSpread >= SPREAD_REDRAW_MS) {
      this.sinceSpread = 0;
      this.drawNetwork(this.ctx.store.getState());
    }
  }

  protected override redraw(state: GameState): void {
    const session = state.session;
    if (!session) return;
    const rect = this.slotRect(this.view.canvasSlot);
    const m = session.meters;
    this.drawGauges(rect, m.sentiment, m.reputation);
    const jump = Math.abs(m.sentiment - this.lastMeters.sentiment) + Math.abs(m.reputation - this.lastMeters.reputation);
    if (jump >= 4 && !state.settings.reducedMotion) this.burst(rect, m.sentiment >= this.lastMeters.sentiment);
    this.lastMeters = { sentiment: m.sentiment, reputation: m.reputation };
  }

  /** The gauges sit side by side in the slot's left part; the network fills the rest. */
  private gaugeArea(rect: Phaser.Geom.Rectangle): { r: number; width: number } {
    const r = Math.max(16, Math.min(rect.height / 2 - 24, rect.width / 8, 60));
    return { r, width: 4 * r + 64 };
  }

  private drawGauges(rect: Phaser.Geom.Rectangle, sentiment: number, reputation: number): void {
    const g = this.gauges.clear();
    const { r } = this.gaugeArea(rect);
    const cx = rect.x + r + 16;
    const cy = rect.y + rect.height / 2 + r / 3;
    // Sentiment: a half dial from −100 (left, red) to +100 (right, green).
    g.lineStyle(10, 0x1e293b, 1).beginPath().arc(cx, cy, r, Math.PI, 2 * Math.PI).strokePath();
    const angle = Math.PI + ((sentiment + 100) / 200) * Math.PI;
    const colour = sentiment >= 10 ? 0x22c55e : sentiment <= -10 ? 0xef4444 : 0xeab308;
    g.lineStyle(10, colour, 1).beginPath().arc(cx, cy, r, Math.PI, angle).strokePath();
    g.lineStyle(3, 0xf8fafc, 1).lineBetween(cx, cy, cx + Math.cos(angle) * (r - 14), cy + Math.sin(angle) * (r - 14));
    // Reputation: a ring beside it, filled in proportion to the 0–100 index.
    const rr = r * 0.75;
    const rx = cx + r + 24 + rr;
    const ry = rect.y + rect.height / 2;
    g.lineStyle(8, 0x1e293b, 1).strokeCircle(rx, ry, rr);
    g.lineStyle(8, 0x38bdf8, 1).beginPath().arc(rx, ry, rr, -Math.PI / 2, -Math.PI / 2 + (reputation / 100) * 2 * Math.PI).strokePath();
  }

  private drawNetwork(state: GameState): void {
    const frame = spreadFrame(state);
    const g = this.network.clear();
    if (!frame) return;
    const rect = this.slotRect(this.view.canvasSlot);
    const left = rect.x + this.gaugeArea(rect).width;
    const box = { x: left, y: rect.y + 10, w: rect.right - left - 10, h: rect.height - 20 };
    const px = (x: number) => box.x + x * box.w;
    const py = (y: number) => box.y + y * box.h;
    g.lineStyle(1, 0x334155, 0.35);
    for (const [a, b] of frame.links) {
      const na = frame.nodes[a]; const nb = frame.nodes[b];
      if (na && nb) g.lineBetween(px(na.x), py(na.y), px(nb.x), py(nb.y));
    }
    for (const n of frame.nodes) {
      const size = n.hub ? 4 : 2;
      if (n.sharing) {
        g.fillStyle(0xfacc15, 0.35).fillCircle(px(n.x), py(n.y), size + 5);
      }
      g.fillStyle(SEGMENT_COLOURS[n.segment] ?? 0x94a3b8, n.exposed ? 1 : 0.25).fillCircle(px(n.x), py(n.y), n.author ? size + 3 : size);
    }
  }

  /** A ring that swells and fades where the gauges are: green when things improve, red when not. */
  private burst(rect: Phaser.Geom.Rectangle, good: boolean): void {
    const { r } = this.gaugeArea(rect);
    const ring = this.add.circle(rect.x + r + 16, rect.y + rect.height / 2, 20).setStrokeStyle(3, good ? 0x22c55e : 0xef4444);
    this.tweens.add({ targets: ring, scale: 3, alpha: 0, duration: 600, ease: 'Cubic.easeOut', onComplete: () => ring.destroy() });
  }
}
