/**
 * One tab plays the run in progress: a Web Lock held while a scenario is on the desk. A second tab
 * that finds it taken says so instead of resuming or replacing the other tab's run. Browsers without
 * Web Locks (and Node) play as before.
 */
export interface RunLock {
  /** Takes the lock if no other tab holds it; true when this tab has it. */
  acquire(): Promise<boolean>;
  release(): void;
}

export const freeRunLock = (): RunLock => ({ acquire: async () => true, release: () => {} });

export function browserRunLock(locks: LockManager | undefined = globalThis.navigator?.locks): RunLock {
  if (!locks) return freeRunLock();
  let release: (() => void) | null = null;
  return {
    acquire() {
      if (release) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        void locks.request('frontline.run', { ifAvailable: true }, (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          resolve(true);
          // The lock is held until this promise settles.
          return new Promise<void>((done) => {
            release = () => {
              release = null;
              done();
            };
          });
        });
      });
    },
    release() {
      release?.();
    },
  };
}
