/**
 * The trained reply reader, loaded once per store with the first session that needs it (its weights are
 * an asset of about 1.2 MB gzipped, precached for offline play). If it cannot be had, written replies
 * are read by the rules alone, and the debrief says so: a game is never stopped for want of it.
 */
import type { ReplyModel } from '../analysis';
import type { StoreDeps } from './types';

export function replyModelLoader(deps: StoreDeps): () => Promise<ReplyModel | null> {
  let loading: Promise<ReplyModel | null> | undefined;
  return () =>
    (loading ??= (async () => {
      if (!deps.replyModelBytes) return null;
      try {
        const [bytes, { loadModel }] = await Promise.all([deps.replyModelBytes(), import('../analysis/model/format')]);
        return loadModel(bytes);
      } catch (e) {
        console.warn(
          `Frontline: the reply model could not be loaded, written replies are read by the rules alone (${(e as Error).message})`,
        );
        return null;
      }
    })());
}
