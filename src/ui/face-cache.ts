/**
 * Which faces exist and which are still to draw, one per person (the seed is the person's stable id),
 * and which elements wait for them. A face is drawn once into a small bitmap and kept under a name
 * (the CSS class that shows it): the desk rebuilds its cards often, and each rebuild must find the
 * bitmap, not draw it again. Pure bookkeeping, no DOM (src/ui/faces.ts draws and shows), so it is
 * tested in Node.
 */
export interface FaceCacheOptions {
  /**
   * Faces kept at most (an 80 × 80 px bitmap is a few KB): past it, the least recently shown is let
   * go, so a long run with thousands of commenters holds bounded memory.
   */
  limit: number;
  /**
   * Seeds waiting to be drawn at most: in a flood the oldest requests are for cards rebuilt or
   * scrolled away since, and a card shown again asks again.
   */
  queue: number;
  /** Frees a let-go face (its CSS rule and its bitmap's URL in the browser). */
  release: (face: string) => void;
}

/** Elements kept per waiting seed: older ones belong to cards that have been rebuilt since. */
const WAITERS = 8;

export class FaceCache<W> {
  /** Seed → face, least recently shown first (a Map keeps insertion order). */
  private readonly faces = new Map<string, string>();
  /** Seeds asked for and not drawn yet, oldest request first. */
  private readonly wanted = new Set<string>();
  private readonly drawing = new Set<string>();
  /** What shows each seed meanwhile (the initials), to be swapped for the face when it is drawn. */
  private readonly waiters = new Map<string, W[]>();

  constructor(private readonly options: FaceCacheOptions) {}

  /** The face if it is drawn (and marks it as just shown). */
  get(seed: string): string | undefined {
    const face = this.faces.get(seed);
    if (face !== undefined) {
      this.faces.delete(seed);
      this.faces.set(seed, face);
    }
    return face;
  }

  /**
   * `waiter` shows `seed` until its face is drawn. The seed goes to the front of the queue unless it
   * is drawn already or being drawn.
   */
  want(seed: string, waiter: W): void {
    if (this.faces.has(seed)) return;
    const list = this.waiters.get(seed) ?? [];
    list.push(waiter);
    this.waiters.set(seed, list.slice(-WAITERS));
    if (this.drawing.has(seed)) return;
    this.wanted.delete(seed);
    this.wanted.add(seed);
    for (const old of this.wanted) {
      if (this.wanted.size <= this.options.queue) break;
      this.wanted.delete(old);
      this.waiters.delete(old);
    }
  }

  /** The seed to draw next: the most recently asked for, the one most likely on screen. */
  next(): string | undefined {
    const seed = [...this.wanted].at(-1); // the queue is short
    if (seed === undefined) return undefined;
    this.wanted.delete(seed);
    this.drawing.add(seed);
    return seed;
  }

  /** What waits for a seed being drawn. */
  waiting(seed: string): readonly W[] {
    return this.waiters.get(seed) ?? [];
  }

  /** A face is drawn: it is kept (the least recently shown let go past the limit); returns its waiters. */
  done(seed: string, face: string): W[] {
    this.drawing.delete(seed);
    this.faces.set(seed, face);
    for (const [old, oldFace] of this.faces) {
      if (this.faces.size <= this.options.limit) break;
      this.faces.delete(old);
      this.options.release(oldFace);
    }
    return this.forget(seed);
  }

  /** Drawing given up before it started (nothing shows that person any more): it may be asked again. */
  skip(seed: string): void {
    this.drawing.delete(seed);
    this.forget(seed);
  }

  private forget(seed: string): W[] {
    const list = this.waiters.get(seed) ?? [];
    this.waiters.delete(seed);
    return list;
  }
}
