import type * as Phaser from 'phaser';
import { type GameState, deskModel, meterCues, motionReduced, spreadFrame } from '../state';
import { deskView } from '../ui/views/desk';
import { SEGMENT_STYLE, SHAPES } from '../ui/segment-style';
import { type SceneContext, ScreenScene } from './base';
import { addRenderTexture } from './render-texture';

/** The spread map redraws at most this often: the network changes at game-time pace, not per frame. */
const SPREAD_REDRAW_MS = 120;

/**
 * The desk: drives game time from real frames, and draws what people would rather look at than read —
 * the gauges and the network lighting up as posts travel through it.
 */
export class Desk extends ScreenScene<ReturnType<typeof deskView>> {
  private gauges!: Phaser.GameObjects.Graphics;
  /** The network as it stands (links, everyone dim), drawn into a texture once per size. */
  private network!: Phaser.GameObjects.RenderTexture;
  private pen!: Phaser.GameObjects.Graphics;
  /** Over it, who has seen the post and who is sharing it now. */
  private lit!: Phaser.GameObjects.Graphics;
  private networkKey = '';
  private litKey = '';
  private gaugeKey = '';
  private sinceSpread = Infinity;
  private lastMeters = { sentiment: 0, reputation: 0 };
  private lastFrame: number | undefined;

  constructor() {
    super('Desk');
  }
  protected makeView(ctx: SceneContext) {
    return deskView(ctx);
  }
  protected override canvasSlot(view: ReturnType<typeof deskView>) {
    return view.canvasSlot;
  }
  protected override changed(s: GameState, p: GameState) {
    return s.clock !== p.clock || s.version !== p.version || s.paused !== p.paused || s.settings !== p.settings || s.realNow !== p.realNow;
  }

  override create(): void {
    this.lastFrame = undefined;
    this.network = addRenderTexture(this, 0, 0, 2, 2).setOrigin(0, 0);
    // Off the display list, so the scene's shutdown would not free it.
    this.pen = this.make.graphics({}, false);
    this.events.once('shutdown', () => this.pen.destroy());
    this.lit = this.add.graphics();
    this.gauges = this.add.graphics();
    this.networkKey = this.litKey = this.gaugeKey = '';
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
    const desk = deskModel(state);
    if (!desk) return;
    const rect = this.area();
    const m = desk.meters;
    // The store changes every frame (the clock): draw the gauges again only when they would look different.
    const key = `${Math.round(m.sentiment)}|${Math.round(m.reputation)}|${rect.width}|${rect.height}`;
    if (key !== this.gaugeKey) {
      this.gaugeKey = key;
      this.drawGauges(rect, m.sentiment, m.reputation);
      this.ctx.requestFrame();
    }
    const jump = Math.abs(m.sentiment - this.lastMeters.sentiment) + Math.abs(m.reputation - this.lastMeters.reputation);
    // No green or red ring in an exam: the gauges move, but nothing grades the decision that moved them.
    if (jump >= 4 && !motionReduced(state) && meterCues(state.mode)) this.burst(rect, m.sentiment >= this.lastMeters.sentiment);
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
    g.lineStyle(10, 0x1e293b, 1)
      .beginPath()
      .arc(cx, cy, r, Math.PI, 2 * Math.PI)
      .strokePath();
    const angle = Math.PI + ((sentiment + 100) / 200) * Math.PI;
    const colour = sentiment >= 10 ? 0x22c55e : sentiment <= -10 ? 0xef4444 : 0xeab308;
    g.lineStyle(10, colour, 1).beginPath().arc(cx, cy, r, Math.PI, angle).strokePath();
    g.lineStyle(3, 0xf8fafc, 1).lineBetween(cx, cy, cx + Math.cos(angle) * (r - 14), cy + Math.sin(angle) * (r - 14));
    // Reputation: a ring beside it, filled in proportion to the 0–100 index.
    const rr = r * 0.75;
    const rx = cx + r + 24 + rr;
    const ry = rect.y + rect.height / 2;
    g.lineStyle(8, 0x1e293b, 1).strokeCircle(rx, ry, rr);
    g.lineStyle(8, 0x38bdf8, 1)
      .beginPath()
      .arc(rx, ry, rr, -Math.PI / 2, -Math.PI / 2 + (reputation / 100) * 2 * Math.PI)
      .strokePath();
  }

  private drawNetwork(state: GameState): void {
    const frame = spreadFrame(state);
    if (!frame) return;
    const rect = this.area();
    const left = rect.x + this.gaugeArea(rect).width;
    const box = {
      x: left,
      y: rect.y + 10,
      w: Math.max(2, Math.floor(rect.right - left - 10)),
      h: Math.max(2, Math.floor(rect.height - 20)),
    };
    const px = (x: number) => x * box.w;
    const py = (y: number) => y * box.h;
    const boxKey = `${box.x}|${box.y}|${box.w}|${box.h}|${frame.nodes.length}`;
    if (boxKey !== this.networkKey) {
      this.networkKey = boxKey;
      this.litKey = '';
      // One path for all the links; shapes made of triangles need no triangulation.
      const g = this.pen.clear().lineStyle(1, 0x334155, 0.35).beginPath();
      for (const [a, b] of frame.links) {
        const na = frame.nodes[a];
        const nb = frame.nodes[b];
        if (na && nb) {
          g.moveTo(px(na.x), py(na.y));
          g.lineTo(px(nb.x), py(nb.y));
        }
      }
      g.strokePath();
      for (const n of frame.nodes) this.mark(g, n.segment, px(n.x), py(n.y), n.hub ? 4 : 3, 0.25);
      if (this.network.width !== box.w || this.network.height !== box.h) this.network.resize(box.w, box.h);
      this.network.setPosition(box.x, box.y).clear().draw(g).render();
    }
    // Draw the lit part again only when it changed: who has seen, who shares, who wrote.
    let sharing = 0;
    for (const n of frame.nodes) if (n.sharing) sharing = (sharing * 31 + n.member) >>> 0;
    const litKey = `${frame.postId}|${frame.exposedCount}|${frame.sharingCount}|${sharing}`;
    if (litKey === this.litKey) return;
    this.litKey = litKey;
    const g = this.lit.clear();
    for (const n of frame.nodes) {
      const x = box.x + px(n.x);
      const y = box.y + py(n.y);
      const size = n.hub ? 4 : 3;
      if (n.sharing) g.lineStyle(2, 0xfacc15, 0.9).strokeCircle(x, y, size + 4);
      if (n.exposed || n.author) this.mark(g, n.segment, x, y, n.author ? size + 3 : size, 1);
    }
    this.ctx.requestFrame();
  }

  /** A member of the audience: its segment's shape and colour. */
  private mark(g: Phaser.GameObjects.Graphics, segment: keyof typeof SEGMENT_STYLE, x: number, y: number, r: number, alpha: number): void {
    const { colour, shape } = SEGMENT_STYLE[segment];
    g.fillStyle(colour, alpha);
    for (const [a, b, c, d, e, f] of SHAPES[shape]) g.fillTriangle(x + a * r, y + b * r, x + c * r, y + d * r, x + e * r, y + f * r);
  }

  /** A ring that swells and fades where the gauges are: green when things improve, red when not. */
  private burst(rect: Phaser.Geom.Rectangle, good: boolean): void {
    const { r } = this.gaugeArea(rect);
    const ring = this.add.circle(rect.x + r + 16, rect.y + rect.height / 2, 20).setStrokeStyle(3, good ? 0x22c55e : 0xef4444);
    this.tweens.add({ targets: ring, scale: 3, alpha: 0, duration: 600, ease: 'Cubic.easeOut', onComplete: () => ring.destroy() });
  }
}
