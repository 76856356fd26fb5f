/**
 * The examiner's calls to the hub that serves the page (same origin: CSP `connect-src 'self'`; the
 * sign-in cookie is HttpOnly, so the page never holds it). An answer is `{ ok, status, data }`;
 * a network failure is status 0.
 */
export interface HubAnswer<T> {
  ok: boolean;
  status: number;
  data: T & { error?: string; message?: string; details?: string[] };
  /** The raw text of a download (a signed result, a candidate's export). */
  text: string;
  fileName: string | null;
}

export async function hubCall<T = Record<string, unknown>>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<HubAnswer<T>> {
  try {
    const res = await fetch(`./${path}`, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let data = {} as HubAnswer<T>['data'];
    try {
      data = JSON.parse(text) as HubAnswer<T>['data'];
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    const disposition = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
    return { ok: res.ok, status: res.status, data, text, fileName: disposition?.[1] ?? null };
  } catch {
    return { ok: false, status: 0, data: {} as HubAnswer<T>['data'], text: '', fileName: null };
  }
}

export interface HubUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

export interface HubExamRow {
  id: string;
  exam_key: string;
  title: string;
  invitations: number;
}

export interface HubAttemptRow {
  id: string;
  number: number;
  scenario_index: number;
  finished_at: string | null;
  overall: number | null;
  passed: boolean | null;
  events: number;
  lateEvents: number;
  maxGapMs: number;
}

export interface HubInvitationRow {
  id: string;
  label: string;
  attempts_allowed: number;
  attempts: HubAttemptRow[];
}

export { servedByHub } from '../platform/served-by-hub';

/** A live class's session reports from the hub, as files for the dashboard (one per student); null if the hub refused. */
export async function classReports(classId: string): Promise<File[] | null> {
  const res = await hubCall<{ code: string; reports: { candidate?: { name?: string } }[] }>(
    'GET',
    `api/classes/${encodeURIComponent(classId)}/reports`,
  );
  if (!res.ok) return null;
  return res.data.reports.map(
    (r, i) => new File([JSON.stringify(r)], `${res.data.code} ${i + 1} ${r.candidate?.name ?? ''}.json`, { type: 'application/json' }),
  );
}
