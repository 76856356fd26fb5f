/**
 * Whether a Frontline Hub serves this page: the hub marks its pages with `Server-Timing: frontline-hub`,
 * read here without a request (a probe of the API would be a 404 on a static site).
 */
export function servedByHub(): boolean {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.serverTiming?.some((e) => e.name === 'frontline-hub') ?? false;
}
