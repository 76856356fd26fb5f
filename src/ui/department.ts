/** Departments as the player's brand names them (its charter), else by their usual names. */
import type { TFunction } from 'i18next';
import { DEPARTMENTS, type Channel, type Department } from '../core/types';
import { type GameState, departmentName } from '../state';

export function departmentLabel(t: TFunction, state: GameState, department: Department): string {
  return departmentName(state, department, state.settings.locale) ?? t(`department.${department}`);
}

const isDepartment = (from: string): from is Department => (DEPARTMENTS as readonly string[]).includes(from);

/** Who signs a memo: a department, the manager or the coach; an unknown sender as written. */
export function memoSender(t: TFunction, state: GameState, from: string): string {
  return isDepartment(from) ? departmentLabel(t, state, from) : t(`memoFrom.${from}`, { defaultValue: from });
}

/**
 * An action as the player would name it: "Hand over: Press office", "Public reply" — and, under a private
 * message, where a reply stays in the conversation, "Reply in the conversation" (never "public").
 */
export function actionLabel(t: TFunction, state: GameState, action: string, department?: string | null, channel?: Channel): string {
  if (action === 'escalate' && department && isDepartment(department))
    return t('action.escalateTo', { department: departmentLabel(t, state, department) });
  return t(action === 'reply' && channel === 'dm' ? 'action.replyInConversation' : `action.${action}`);
}
