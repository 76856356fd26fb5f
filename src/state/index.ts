export { createGameStore } from './store';
export type { GameStore, GameState, GameActions, Screen, Debrief, GameError, Progress, StoreDeps } from './store';
export type { FeedPost, FeedReply, Memo, LogEntry } from './session';
export type { Settings } from './settings';
export * from './selectors';
