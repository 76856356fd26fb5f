import type * as Phaser from 'phaser';
import { type GameState, motionReduced } from '../state';
import { type SceneContext, ScreenScene } from './base';
import { DOM_VIEWS } from './early';

const onlyLocaleOrSettings = (s: GameState, p: GameState) =>
  s.settings !== p.settings || s.progress !== p.progress || s.notice !== p.notice;

/** Menu: scenario list, language and settings over a slowly drifting community network (still when motion is reduced). */
export class Menu extends ScreenScene {
  private nodes: { x: number; y: number; vx: number; vy: number }[] = [];
  private graphics!: Phaser.GameObjects.Graphics;

  constructor() {
    super('Menu');
  }
  protected makeView(ctx: SceneContext) {
    return DOM_VIEWS.menu(ctx);
  }
  protected override canvasSlot() {
    return this.ctx.backdrop;
  }
  protected override changed(s: GameState, p: GameState) {
    return onlyLocaleOrSettings(s, p) || s.systemReducedMotion !== p.systemReducedMotion;
  }

  override create(): void {
    this.graphics = this.add.graphics();
    // A fixed pattern (no randomness needed): nodes on a Lissajous-like spread.
    this.nodes = Array.from({ length: 48 }, (_, i) => ({
      x: ((i * 37) % 100) / 100,
      y: ((i * 61) % 100) / 100,
      vx: (((i * 13) % 7) - 3) / 40000,
      vy: (((i * 29) % 7) - 3) / 40000,
    }));
    super.create();
  }

  override update(_time: number, delta: number): void {
    if (motionReduced(this.ctx.store.getState())) return;
    for (const n of this.nodes) {
      n.x = (n.x + n.vx * delta + 1) % 1;
      n.y = (n.y + n.vy * delta + 1) % 1;
    }
    this.draw();
  }

  protected override redraw(): void {
    this.draw();
  }

  private draw(): void {
    const { width, height } = this.scale;
    const g = this.graphics.clear();
    g.lineStyle(1, 0x38bdf8, 0.12);
    for (let i = 0; i < this.nodes.length; i++) {
      for (let j = i + 1; j < this.nodes.length; j++) {
        const a = this.nodes[i]!;
        const b = this.nodes[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < 0.16) g.lineBetween(a.x * width, a.y * height, b.x * width, b.y * height);
      }
    }
    g.fillStyle(0x38bdf8, 0.35);
    for (const n of this.nodes) g.fillCircle(n.x * width, n.y * height, 3);
    this.ctx.requestFrame();
  }
}

export class Briefing extends ScreenScene {
  constructor() {
    super('Briefing');
  }
  protected makeView(ctx: SceneContext) {
    return DOM_VIEWS.briefing(ctx);
  }
  protected override changed(s: GameState, p: GameState) {
    return s.loading !== p.loading || s.settings.locale !== p.settings.locale;
  }
}

export class ErrorScreen extends ScreenScene {
  constructor() {
    super('ErrorScreen');
  }
  protected makeView(ctx: SceneContext) {
    return DOM_VIEWS.error(ctx);
  }
  protected override changed(s: GameState, p: GameState) {
    return s.error !== p.error || s.settings.locale !== p.settings.locale;
  }
}

export class ExamIntro extends ScreenScene {
  constructor() {
    super('ExamIntro');
  }
  protected makeView(ctx: SceneContext) {
    return DOM_VIEWS.exam(ctx);
  }
  protected override changed(s: GameState, p: GameState) {
    // Another exam's link opened over this one: the view rebuilds only if the exam itself changed.
    return s.settings.locale !== p.settings.locale || s.exam?.exam !== p.exam?.exam;
  }
}

export class ExamEnd extends ScreenScene {
  constructor() {
    super('ExamEnd');
  }
  protected makeView(ctx: SceneContext) {
    return DOM_VIEWS['exam-end'](ctx);
  }
  protected override changed(s: GameState, p: GameState) {
    return s.exam !== p.exam || s.examAgain !== p.examAgain || s.hubLine !== p.hubLine || s.settings.locale !== p.settings.locale;
  }
}
