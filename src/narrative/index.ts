export { StoryRunner, delayOf } from './runner';
export { needsOf, unmetNeeds } from './needs';
export type { NarrativeEvent, ReplyOption, ScriptPost, Step, WrittenBranch } from './runner';
export { TAG_GRAMMAR, parseTags, parseDuration, checkTagValue, isTagKey, splitList } from './tags';
export type { TagKey, Tags } from './tags';
