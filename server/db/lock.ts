/**
 * PGlite serves one process: a second hub on the same data folder would corrupt it. The folder is
 * locked by a file holding the owner's process id; a lock left by a process that is gone is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the folder's lock; returns its release. Throws in plain words when another live hub holds it. */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'hub.lock');
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new Error(
          `The data folder ${dir} is in use by another hub (process ${owner}). The embedded database serves one process: ` +
            'stop that hub, give this one another HUB_DATA_DIR, or run both on a Postgres server (DATABASE_URL).',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dir}.`);
}
