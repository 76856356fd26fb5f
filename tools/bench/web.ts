/**
 * Web benchmark: the production build against an empty Phaser 4 game (tools/bench/empty/, same Vite,
 * same Phaser, same renderer configuration), in headless Chromium, medians of repeated runs.
 *
 *   npm run bench:web            (5 runs by default; `-- --runs 3` to change, `-- --no-build` to reuse
 *                                 dist-bench/, `-- --only heap --replays 15` for a longer look at memory, `-- --only desk` or `menu`,
 *                                 `-- --gpu-compositing` to composite through SwiftShader as before)
 *
 * - menu: navigation start → the first enabled scenario button is in the page and visible
 *   (a MutationObserver stamps performance.now()), vs the empty game's first rendered frame
 *   (Phaser's POST_RENDER event). Service workers are blocked: a first visit, nothing cached.
 * - bundle: gzip sizes from the build output — the game page's entry chunk, everything it loads
 *   before the menu (entry + static imports + CSS), and the biggest lazy chunk (the ink compiler's
 *   chunk, found by its parser classes, is reported apart).
 * - desk: rAF frame times (p95) over 5 s with 200+ posts in the feed while more arrive and cascade
 *   through the community, vs the empty game's; and, as a control, the empty game with two static
 *   panels over its canvas. Chromium composites in software (see the launch flags). The posts come
 *   from a bench-only scenario (`bench-flood`: 300 posts 20 game seconds apart, an audience of 30,000;
 *   timing starts at 200 posts, some 75 more arrive meanwhile) built into a separate bench build with the
 *   same sources; the production build is not touched and has no hook. The game is driven through
 *   its deep link (time scale 10) and its Start button.
 * - heap: JS heap (after a forced GC, through the DevTools protocol) once a full scenario is played
 *   through the UI to its debrief, then after each of 5 replays. Growth = last / first − 1 of what the game
 *   keeps: the heap less V8's compiled code (bytecode, optimised code, feedback — a heap snapshot's
 *   "(compiled code)"), which grows for a dozen replays as V8 optimises the functions they run hot; the
 *   whole heap's growth is printed beside it (`totalGrowth`). Blink's heap (the DOM) is checked alike.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import { type PreviewServer, build, preview } from 'vite';
import { findChrome } from '../../tests/support/browser';
import { inkPlugin } from '../ink/vite-plugin';

const argRuns = process.argv.indexOf('--runs');
const RUNS = Number(argRuns > 0 ? process.argv[argRuns + 1] : (process.env.RUNS ?? 5));
const OUT = resolve('dist-bench');
const BUDGET = { mainGzipKB: 420, lazyGzipKB: 200, menuRatio: 1.25, deskRatio: 1.25, heapMB: 150, growth: 0.1 };
/** Posts in the bench scenario: 300 arrive 20 game seconds apart, the last one hours later. */
const FLOOD_POSTS = 301;
/** Frames are timed once this many posts are in the feed, while the rest keep arriving. */
const FEED_POSTS = 200;
const argReplays = process.argv.indexOf('--replays');
const REPLAYS = Number(argReplays > 0 ? process.argv[argReplays + 1] : 5);
/** `--only heap` measures the heap alone (with `--replays 15`, a longer look at growth). */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const kb = (bytes: number) => r1(bytes / 1024);
const log = (...a: unknown[]) => console.error('[bench:web]', ...a);

// ---------------------------------------------------------------- builds

/** A scenario that floods the feed: many posts, big followings, cascades (bench builds only). */
function floodScenario(root: string): void {
  cpSync('scenarios/charters', join(root, 'charters'), { recursive: true });
  const dir = join(root, 'bench-flood');
  mkdirSync(dir, { recursive: true });
  const personas = [
    { id: 'star', name: 'Star Influencer', handle: '@star', segment: 'influencer', followers: 250000 },
    { id: 'press', name: 'Press Desk', handle: '@press', segment: 'journalist', followers: 40000 },
    { id: 'critic', name: 'Angry Critic', handle: '@critic', segment: 'critic', followers: 3000 },
    { id: 'troll', name: 'Troll', handle: '@troll', segment: 'troll', followers: 500 },
    { id: 'fan', name: 'Big Fan', handle: '@fan', segment: 'fan', followers: 1200 },
  ];
  const text = { fr: 'Banc d’essai', en: 'Bench' };
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify(
      {
        id: 'bench-flood',
        version: 1,
        charter: 'voltaire',
        level: 'intern',
        difficulty: 1,
        minutes: 5,
        clockRate: 30,
        title: text,
        summary: text,
        objectives: { fr: ['Tenir'], en: ['Hold on'] },
        learningPoints: { fr: ['Tenir'], en: ['Hold on'] },
        audience: { size: 30000, segments: { fan: 0.3, neutral: 0.4, critic: 0.15, troll: 0.05, influencer: 0.05, journalist: 0.05 } },
        personas,
      },
      null,
      2,
    ),
  );
  const kinds = [
    ['complaint', 'furious'],
    ['question', 'worried'],
    ['rumour', 'angry'],
    ['praise', 'happy'],
    ['abuse', 'hostile'],
  ];
  for (const locale of ['fr', 'en']) {
    const lines = ['-> flood', '', '=== flood ==='];
    for (let i = 1; i <= FLOOD_POSTS; i++) {
      const [kind, mood] = kinds[i % kinds.length]!;
      lines.push(
        `# post: p${i}`,
        `# from: ${personas[i % personas.length]!.id}`,
        `# on: ${i % 3 ? 'microblog' : 'comments'}`,
        `# after: ${i === FLOOD_POSTS ? '6h' : '20s'}`,
        `# kind: ${kind}`,
        `# mood: ${mood}`,
        `Post ${i}: the battery died after two days, everyone is talking about it and sharing the thread again and again.`,
      );
    }
    lines.push(
      `* [Answer #post: p${FLOOD_POSTS} #action: reply #tone: empathetic #judgement: best #why: Bench.]`,
      '  -> finish',
      '',
      '=== finish ===',
      '# end: done',
      'Done.',
      '-> END',
      '',
    );
    writeFileSync(join(dir, `bench-flood.${locale}.ink`), lines.join('\n'));
  }
}

async function buildAll(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  log('building the game (production config)…');
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: join(OUT, 'game'), emptyOutDir: true } });
  log('building the empty Phaser game…');
  await build({
    configFile: false,
    root: resolve('tools/bench/empty'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(OUT, 'empty'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  log('building the game with the bench-flood scenario…');
  const scenarios = join(OUT, 'flood-scenarios');
  floodScenario(scenarios);
  await build({
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [inkPlugin(scenarios)],
    build: {
      outDir: join(OUT, 'flood'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: { main: resolve('index.html') } },
    },
  });
}

// ---------------------------------------------------------------- bundle

/** Chunks a chunk imports: statically (loaded with it) and dynamically (loaded later, on demand). */
function importsOf(dir: string, file: string): { fixed: string[]; lazy: string[] } {
  const code = readFileSync(join(dir, file), 'utf8');
  const rel = (m: RegExpMatchArray) => `assets/${m[1]!}`;
  return {
    fixed: [...code.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map(rel),
    lazy: [...code.matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map(rel),
  };
}

/** Sizes from the build output, following the game page's import graph from its entry chunk. */
function bundle() {
  const dir = join(OUT, 'game');
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/(assets\/[^"]+)"/.exec(html)![1]!;
  // Everything loaded before the game can start: the entry and its static imports, transitively.
  const initial = new Set<string>();
  const lazyRoots = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    const { fixed, lazy } = importsOf(dir, file);
    fixed.forEach((f) => visit(f, into));
    lazy.forEach((f) => lazyRoots.add(f));
  };
  visit(entry, initial);
  // Loaded on demand: what dynamic imports reach (with their own static imports), minus the initial set.
  const lazy = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const root of [...lazyRoots]) {
      if (initial.has(root) || lazy.has(root)) continue;
      const before = lazy.size;
      visit(root, lazy);
      grew ||= lazy.size > before;
    }
  }
  for (const f of initial) lazy.delete(f);
  // The ink compiler (custom scenarios) is told apart by its parser's vocabulary.
  const isCompiler = (f: string) => /StatementLevel/.test(readFileSync(join(dir, f), 'utf8'));
  const chunks = [...lazy].map((f) => ({ file: f, gzipKB: kb(gz(f)), compiler: isCompiler(f) })).sort((a, b) => b.gzipKB - a.gzipKB);
  const css = [...html.matchAll(/href="\.\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
  return {
    entry: { file: entry, gzipKB: kb(gz(entry)) },
    initialJsGzipKB: kb([...initial].reduce((a, f) => a + gz(f), 0)),
    initialJs: [...initial].map((f) => ({ file: f, gzipKB: kb(gz(f)) })).sort((a, b) => b.gzipKB - a.gzipKB),
    initialCssGzipKB: kb(css.reduce((a, f) => a + gz(f), 0)),
    biggestLazy: chunks.find((c) => !c.compiler) ?? null,
    inkCompiler: chunks.find((c) => c.compiler) ?? null,
    lazyChunks: chunks.length,
  };
}

// ---------------------------------------------------------------- browser

const serve = async (dir: string): Promise<{ server: PreviewServer; url: string }> => {
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: dir },
  });
  return { server, url: server.resolvedUrls!.local[0]! };
};

async function fresh(browser: Browser, width = 1366, height = 900): Promise<{ context: BrowserContext; page: Page }> {
  // No service worker (a first visit, nothing cached); the page's CSP is lifted for the probes (page-side timers).
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block', bypassCSP: true });
  return { context, page: await context.newPage() };
}

// Page-side code is passed as strings: tsx would otherwise wrap named functions in a helper the page lacks.
const MENU_PROBE = `(() => {
  const check = () => {
    if (window.__menuAt) return;
    const b = document.querySelector('[data-scenario] button:not([disabled])');
    if (b && b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden') {
      window.__menuAt = performance.now();
      window.__facesAtMenu = [...document.fonts].filter((f) => f.status === 'loaded').length + '/' + document.fonts.size;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  document.fonts.ready.then(() => { window.__fontsAt = performance.now(); });
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
})()`;
/**
 * Milestones of a load, for the breakdown: DOM ready, fonts ready (the game's Preloader waits for them), and the
 * longest task in the second after the menu is up and when it ends (the engine's boot, which follows the menu:
 * a click meanwhile waits for it).
 */
const MILESTONES = `(() => {
  const after = (window.__longTasks ?? []).filter(([t]) => t >= (window.__menuAt ?? Infinity) && t < window.__menuAt + 1000);
  const longest = after.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
  return { dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0, fonts: window.__fontsAt ?? 0, faces: window.__facesAtMenu,
    longestAfter: longest[1], busyUntil: after.length ? Math.max(...after.map(([t, d]) => t + d)) : window.__menuAt };
})()`;
const FRAMES = (ms: number) => `new Promise((done) => {
  const ts = [];
  const f = (t) => { ts.push(t); if (t - ts[0] < ${ms}) requestAnimationFrame(f); else done(ts); };
  requestAnimationFrame(f);
})`;
const frameStats = (ts: number[]) => {
  const d = ts.slice(1).map((t, i) => t - ts[i]!);
  return { p95: r1(quantile(d, 0.95)), median: r1(median(d)), fps: r1(d.length / ((ts.at(-1)! - ts[0]!) / 1000)), frames: d.length };
};

async function menuTimes(browser: Browser, game: string, empty: string) {
  const gameMs: number[] = [];
  const emptyMs: number[] = [];
  const gameDcl: number[] = [];
  const gameFonts: number[] = [];
  const gameLongest: number[] = [];
  const gameBusy: number[] = [];
  /** Font faces loaded when the menu is up, out of those the page declares. */
  const faces: string[] = [];
  const emptyDcl: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    {
      const { context, page } = await fresh(browser);
      await context.addInitScript(MENU_PROBE);
      await page.goto(`${game}?lang=en`, { waitUntil: 'commit' });
      await page.waitForFunction('window.__menuAt', undefined, { timeout: 120_000 });
      gameMs.push((await page.evaluate('window.__menuAt')) as number);
      await page.waitForTimeout(1500); // the long tasks of the second after the menu
      const m = (await page.evaluate(MILESTONES)) as { dcl: number; fonts: number; faces: string; longestAfter: number; busyUntil: number };
      faces.push(m.faces);
      gameDcl.push(m.dcl);
      gameFonts.push(m.fonts);
      gameLongest.push(m.longestAfter);
      gameBusy.push(m.busyUntil);
      await context.close();
    }
    {
      const { context, page } = await fresh(browser);
      await page.goto(empty, { waitUntil: 'commit' });
      await page.waitForFunction('window.__firstFrame', undefined, { timeout: 120_000 });
      emptyMs.push((await page.evaluate('window.__firstFrame')) as number);
      emptyDcl.push(((await page.evaluate(MILESTONES)) as { dcl: number }).dcl);
      await context.close();
    }
    log(`menu run ${i + 1}: game ${r1(gameMs.at(-1)!)} ms, empty ${r1(emptyMs.at(-1)!)} ms`);
  }
  return {
    gameMs: r1(median(gameMs)),
    emptyMs: r1(median(emptyMs)),
    ratio: r3(median(gameMs) / median(emptyMs)),
    breakdown: {
      gameDomContentLoadedMs: r1(median(gameDcl)),
      gameFontsReadyMs: r1(median(gameFonts)),
      emptyDomContentLoadedMs: r1(median(emptyDcl)),
      gameLongestTaskAfterMenuMs: r1(median(gameLongest)),
      gameBusyUntilMs: r1(median(gameBusy)),
      fontFacesLoadedAtMenu: faces,
    },
    runs: { game: gameMs.map(r1), empty: emptyMs.map(r1) },
  };
}

async function deskFrames(browser: Browser, flood: string, empty: string) {
  const game: ReturnType<typeof frameStats>[] = [];
  const base: ReturnType<typeof frameStats>[] = [];
  const control: ReturnType<typeof frameStats>[] = [];
  let posts = { atStart: 0, atEnd: 0 };
  let reachGrowth = { before: 0, after: 0 };
  const feedChanges: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    {
      const { context, page } = await fresh(browser);
      await page.goto(`${flood}?scenario=bench-flood&lang=en&timescale=10&seed=1`);
      await page.locator('[data-screen="briefing"] [data-action="start"]').click();
      // 200 posts are in; more arrive and cascade through the community while frames are timed.
      await page.waitForFunction(`document.querySelectorAll('[data-post]').length >= ${FEED_POSTS}`, undefined, {
        timeout: 180_000,
        polling: 250,
      });
      const reach = () => page.locator('[data-meter="reach"]').getAttribute('data-value').then(Number);
      const before = { posts: await page.locator('[data-post]').count(), reach: await reach() };
      // The feed keeps changing while frames are timed: likes, shares and replies from the cascades.
      await page.evaluate(`(() => { window.__feedChanges = 0; new MutationObserver((l) => { window.__feedChanges += l.length; })
        .observe(document.querySelector('.feed'), { subtree: true, childList: true, characterData: true }); })()`);
      game.push(frameStats((await page.evaluate(FRAMES(5000))) as number[]));
      posts = { atStart: before.posts, atEnd: await page.locator('[data-post]').count() };
      reachGrowth = { before: before.reach, after: await reach() };
      feedChanges.push((await page.evaluate('window.__feedChanges')) as number);
      await context.close();
    }
    for (const [url, into] of [
      [empty, base],
      [`${empty}?panels`, control],
    ] as const) {
      const { context, page } = await fresh(browser);
      await page.goto(url);
      await page.waitForFunction('window.__firstFrame', undefined, { timeout: 120_000 });
      into.push(frameStats((await page.evaluate(FRAMES(5000))) as number[]));
      await context.close();
    }
    log(
      `desk run ${i + 1}: game p95 ${game.at(-1)!.p95} ms (${game.at(-1)!.fps} fps, ${posts.atStart}→${posts.atEnd} posts, reach ${reachGrowth.before}→${reachGrowth.after}, ${feedChanges.at(-1)} feed changes), empty p95 ${base.at(-1)!.p95} ms, empty with two panels p95 ${control.at(-1)!.p95} ms`,
    );
  }
  const p95 = median(game.map((g) => g.p95));
  const emptyP95 = median(base.map((g) => g.p95));
  return {
    gameP95Ms: r1(p95),
    emptyP95Ms: r1(emptyP95),
    ratio: r3(p95 / emptyP95),
    gameFps: r1(median(game.map((g) => g.fps))),
    emptyFps: r1(median(base.map((g) => g.fps))),
    posts,
    reach: reachGrowth,
    feedChangesIn5s: median(feedChanges),
    // The empty game with two static panels over its canvas: what the browser charges for any page over a canvas.
    controlP95Ms: r1(median(control.map((g) => g.p95))),
    runs: { game: game.map((g) => g.p95), empty: base.map((g) => g.p95), control: control.map((g) => g.p95) },
  };
}

/** Plays the scenario on screen to its debrief: first option on each waiting post, skipping quiet time. */
async function playThrough(page: Page): Promise<void> {
  const debrief = page.locator('[data-screen="debrief"]');
  for (let guard = 0; guard < 600 && !(await debrief.count()); guard++) {
    try {
      const answer = page.locator('[data-post-state="open"] [data-answer]').first();
      if (await answer.count()) {
        await answer.click({ timeout: 2000 });
        await page.locator('[data-replies] button[data-option]:not([data-action="ignore"])').first().click({ timeout: 2000 });
        continue;
      }
      const skip = page.locator('[data-action="skip"]:not([disabled])');
      if (await skip.count()) await skip.click({ timeout: 2000 });
      else await page.waitForTimeout(100);
    } catch {
      /* the post closed under us: take the next one */
    }
  }
  await debrief.waitFor({ timeout: 120_000 });
}

/**
 * V8's compiled code in the page's heap, from a heap snapshot: bytecode, optimised machine code and the
 * feedback that guides it — what DevTools lists as "(compiled code)". It grows while V8 optimises the
 * functions a replay runs hot, whatever the game keeps.
 */
async function compiledCodeMB(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snap.snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = snap.snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) if (snap.nodes[i + type] === code) bytes += snap.nodes[i + size]!;
  return bytes / 1048576;
}

async function heap(browser: Browser, game: string) {
  const { context, page } = await fresh(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const dom: number[] = [];
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    dom.push(usage.embedderHeapUsedSize / 1048576);
    return usage.usedSize / 1048576;
  };
  await page.goto(`${game}?lang=en`);
  await page.locator('[data-scenario] button:not([disabled])').first().waitFor();
  const menuMB = await used();
  await page.goto(`${game}?scenario=first-shift&lang=en&timescale=100&seed=3`);
  await page.locator('[data-screen="briefing"] [data-action="start"]').click();
  await playThrough(page);
  const after: number[] = [await used()];
  const code: number[] = [await compiledCodeMB(cdp)];
  log(`heap after the first scenario: ${r1(after[0]!)} MB, of which compiled code ${r1(code[0]!)} MB`);
  for (let i = 0; i < REPLAYS; i++) {
    await page.locator('[data-action="replay"]').click();
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    await playThrough(page);
    after.push(await used());
    code.push(await compiledCodeMB(cdp));
    log(`heap after replay ${i + 1}: ${r1(after.at(-1)!)} MB, of which compiled code ${r1(code.at(-1)!)} MB`);
  }
  await context.close();
  // What the game keeps: the heap less V8's compiled code.
  const data = after.map((mb, i) => mb - code[i]!);
  // Least-squares slope over the replays: a leak climbs steadily, noise does not.
  const ys = after.slice(1);
  const xm = (ys.length - 1) / 2;
  const ym = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = ys.reduce((a, y, i) => a + (i - xm) * (y - ym), 0) / ys.reduce((a, _y, i) => a + (i - xm) ** 2, 0);
  return {
    menuMB: r1(menuMB),
    afterScenarioMB: r1(after[0]!),
    afterReplaysMB: ys.map(r1),
    slopeMBPerReplay: r3(slope),
    compiledCodeMB: code.map(r1),
    dataMB: data.map(r1),
    /** The budget's figure: what the game keeps, compiled code aside. */
    growth: r3(data.at(-1)! / data[0]! - 1),
    /** The whole heap, compiled code included. */
    totalGrowth: r3(after.at(-1)! / after[0]! - 1),
    // Blink's own heap (the DOM and its styles), apart from the JavaScript heap: detached pages would show here.
    domMB: dom.slice(1).map(r1),
    domGrowth: r3(dom.at(-1)! / dom[1]! - 1),
  };
}

// ---------------------------------------------------------------- main

// `--no-build` reuses dist-bench/ from a previous run.
if (!process.argv.includes('--no-build') || !existsSync(join(OUT, 'flood', 'index.html'))) await buildAll();
const sizes = bundle();
log('bundle', JSON.stringify(sizes));
const servers = await Promise.all([serve(join(OUT, 'game')), serve(join(OUT, 'empty')), serve(join(OUT, 'flood'))]);
const [game, empty, flood] = servers.map((s) => s.url) as [string, string, string];
const browser = await chromium.launch({
  executablePath: findChrome(),
  headless: true,
  // WebGL on SwiftShader (no GPU here), the page composited in software — what Chromium does on a PC whose GPU
  // it cannot use. Compositing through SwiftShader instead models no real machine: there even the empty game
  // with two static panels over its canvas (the control above) drops to 30 fps.
  args: [
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    // `--gpu-compositing` to see it for yourself.
    ...(process.argv.includes('--gpu-compositing') ? [] : ['--disable-gpu-compositing']),
  ],
});
try {
  if (ONLY === 'menu') {
    console.log(JSON.stringify({ bundle: sizes, menu: await menuTimes(browser, game, empty) }, null, 2));
    process.exit(0);
  }
  if (ONLY === 'desk') {
    console.log(JSON.stringify({ desk: await deskFrames(browser, flood, empty) }, null, 2));
    process.exit(0);
  }
  if (ONLY === 'heap') {
    console.log(JSON.stringify({ heap: await heap(browser, game) }, null, 2));
    process.exit(0);
  }
  const menu = await menuTimes(browser, game, empty);
  const desk = await deskFrames(browser, flood, empty);
  const memory = await heap(browser, game);
  const checks = {
    mainEntry: { value: sizes.entry.gzipKB, budget: BUDGET.mainGzipKB, ok: sizes.entry.gzipKB <= BUDGET.mainGzipKB },
    initialJs: { value: sizes.initialJsGzipKB, budget: BUDGET.mainGzipKB, ok: sizes.initialJsGzipKB <= BUDGET.mainGzipKB },
    lazyChunk: {
      value: sizes.biggestLazy?.gzipKB ?? 0,
      budget: BUDGET.lazyGzipKB,
      ok: (sizes.biggestLazy?.gzipKB ?? 0) <= BUDGET.lazyGzipKB,
    },
    menuRatio: { value: menu.ratio, budget: BUDGET.menuRatio, ok: menu.ratio <= BUDGET.menuRatio },
    deskRatio: { value: desk.ratio, budget: BUDGET.deskRatio, ok: desk.ratio <= BUDGET.deskRatio },
    heapMB: { value: memory.afterScenarioMB, budget: BUDGET.heapMB, ok: memory.afterScenarioMB <= BUDGET.heapMB },
    growth: { value: memory.growth, budget: BUDGET.growth, ok: memory.growth <= BUDGET.growth },
    domGrowth: { value: memory.domGrowth, budget: BUDGET.growth, ok: memory.domGrowth <= BUDGET.growth },
  };
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    chromium: browser.version(),
    compositing: process.argv.includes('--gpu-compositing') ? 'gpu (SwiftShader)' : 'software',
    bundle: sizes,
    menu,
    desk,
    heap: memory,
    budgets: checks,
  };
  console.log(JSON.stringify(result, null, 2));
  log(
    `ratios: menu ${menu.ratio}× empty, desk p95 ${desk.ratio}× empty; ${
      Object.entries(checks)
        .filter(([, c]) => !c.ok)
        .map(([k]) => k)
        .join(', ') || 'every budget met'
    }`,
  );
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.server.close()));
}
