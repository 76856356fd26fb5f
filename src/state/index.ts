export { createGameStore } from './store';
export type { GameStore, GameState, GameActions, Screen, Debrief, GameError, Progress, StoreDeps, WriteResult } from './store';
export { MAX_FRAME_MS } from './play-slice';
export { STORAGE_KEYS } from './saves';
export type { Report } from '../records/session-report';
export { careerStatus, PASS_MARK } from '../engine/career';
export type { LevelStatus } from '../engine/career';
export type { FeedPost, FeedReply, Memo, LogEntry } from '../engine/session';
export type { SessionEnding, Overruled } from '../engine/ending';
/** Overall points a coach's hint costs (mirrors the session's rule for the UI label). */
export { HINT_COST } from '../engine/hint-cost';
export type { Settings } from '../records/settings';
export * from './selectors';
export { meterCues, meterNews } from './meter-news';
export type { MeterNews } from './meter-news';
export * from './desk-read';
