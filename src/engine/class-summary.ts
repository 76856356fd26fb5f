/**
 * A live class at a glance, pure: for each post, how the students' answers split (the same ready-made
 * option, a written reply, a deadline let pass), and the charter's rules broken most across the class.
 */
import type { Judgement } from '../core/types';
import type { LiveStudent } from '../records/class-live';

export interface AnswerShare {
  /** `option:<index>`, `free` or `deadline`. */
  key: string;
  /** The option's words (the first student's, with their variant's names); empty for `free` and `deadline`. */
  text: string;
  judgement: Judgement | null;
  count: number;
}

export interface ClassSummary {
  posts: { postId: string; text: string; total: number; answers: AnswerShare[] }[];
  rules: { ruleId: string; count: number }[];
}

export function classSummary(students: readonly LiveStudent[]): ClassSummary {
  const posts = new Map<string, { postId: string; text: string; total: number; answers: Map<string, AnswerShare> }>();
  const rules = new Map<string, number>();
  for (const student of students) {
    const snap = student.snapshot;
    if (!snap) continue;
    for (const d of snap.decisions) {
      let post = posts.get(d.postId);
      if (!post) {
        post = { postId: d.postId, text: snap.postTexts[d.postId] ?? '', total: 0, answers: new Map() };
        posts.set(d.postId, post);
      }
      const key = d.source === 'option' && d.option !== null ? `option:${d.option}` : d.source === 'free' ? 'free' : 'deadline';
      const share = post.answers.get(key) ?? {
        key,
        text: key.startsWith('option:') ? d.text : '',
        judgement: key === 'free' ? null : d.judgement,
        count: 0,
      };
      share.count++;
      post.answers.set(key, share);
      post.total++;
      for (const rule of d.rules) rules.set(rule, (rules.get(rule) ?? 0) + 1);
    }
  }
  return {
    posts: [...posts.values()].map((p) => ({ ...p, answers: [...p.answers.values()].sort((a, b) => b.count - a.count) })),
    rules: [...rules.entries()]
      .map(([ruleId, count]) => ({ ruleId, count }))
      .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
  };
}
