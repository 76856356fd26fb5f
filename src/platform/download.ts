/** Saves text as a file on the player's machine (nothing is sent anywhere). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "defect-crisis-2026-11-23-1642.json": a file name without characters any system refuses. */
export function reportFileName(scenarioId: string, isoDate: string): string {
  const stamp = isoDate.slice(0, 16).replace('T', '-').replace(':', '');
  return `frontline-${scenarioId}-${stamp}.json`.replace(/[^\w.-]/g, '_');
}
