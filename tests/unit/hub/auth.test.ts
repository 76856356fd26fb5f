/** Examiners' accounts on the hub: argon2id passwords, session cookies, a rate-limited sign-in, sign-out; and plain-words configuration errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, readConfig } from '../../../server/config';
import { lockDataDir } from '../../../server/db/lock';
import { addUser } from '../../../server/auth/users';
import { LOGIN_LIMIT } from '../../../server/auth/routes';
import { PASSWORD, type TestHub, json, signIn, testHub } from '../../support/hub';

describe('hub accounts', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await testHub();
  }, 120_000);
  afterAll(async () => hub?.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    hub.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

  it('answers its health once migrated', async () => {
    const res = await hub.app.inject({ method: 'GET', url: '/api/health' });
    expect(json(res)).toEqual({ ok: true, db: 'pglite' });
  });

  it('stores an argon2id hash, never the password, and refuses a weak one', async () => {
    const user = await addUser(hub.ctx.db, { email: ' Ada@School.test ', name: 'Ada', password: PASSWORD });
    expect(user.email).toBe('ada@school.test');
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.password_hash).not.toContain(PASSWORD);
    await expect(addUser(hub.ctx.db, { email: 'b@school.test', name: 'B', password: 'short' })).rejects.toThrow(/12 characters/);
    await expect(addUser(hub.ctx.db, { email: 'ada@school.test', name: 'Ada', password: PASSWORD })).rejects.toThrow(/already exists/);
  });

  it('refuses a wrong password and an unknown e-mail alike, and signs in with the right one', async () => {
    const wrong = await login('ada@school.test', 'wrong password!!', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    const unknown = await login('nobody@school.test', PASSWORD, '10.0.0.2');
    expect(unknown.statusCode).toBe(401);
    expect(json(unknown)).toEqual(json(wrong));
    const right = await login('ADA@school.test', PASSWORD, '10.0.0.2');
    expect(right.statusCode).toBe(200);
    const cookie = right.cookies.find((c) => c.name === 'frontline_hub')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    // An opaque token; the database holds only its hash.
    const [id, secret] = cookie.value.split('.');
    const row = await hub.ctx.db.selectFrom('auth_sessions').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row.secret_hash).not.toContain(secret!);
    const me = await hub.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `frontline_hub=${cookie.value}` } });
    expect(json(me).user).toMatchObject({ email: 'ada@school.test' });
    const forged = await hub.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `frontline_hub=${id}.${'z'.repeat(43)}` },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('rate-limits sign-in per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT.max + 1; i++) codes.push((await login('ada@school.test', 'guess number ' + i, '10.0.0.3')).statusCode);
    expect(codes.slice(0, LOGIN_LIMIT.max).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // Even the right password waits out the window from that address; another address is not held up.
    expect((await login('ada@school.test', PASSWORD, '10.0.0.3')).statusCode).toBe(429);
    expect((await login('ada@school.test', PASSWORD, '10.0.0.4')).statusCode).toBe(200);
  });

  it('signs out: the cookie no longer works', async () => {
    const cookie = await signIn(hub, 'ada@school.test');
    expect((await hub.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const session = await hub.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { email: 'ada@school.test' } });
    await hub.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await hub.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    // The page's question on load: signed out is an answer, not an error.
    const after = await hub.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect([after.statusCode, after.json()]).toEqual([200, { user: null }]);
  });

  it('refuses a body over its limit and a body that is not JSON', async () => {
    const big = await hub.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a', password: 'x'.repeat(10_000) } });
    expect(big.statusCode).toBe(413);
    const form = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'email=a',
      headers: { 'content-type': 'text/plain' },
    });
    expect(form.statusCode).toBe(415);
  });
});

describe('hub configuration', () => {
  it('has defaults and reads the environment', () => {
    const c = readConfig({}, '/srv/hub');
    expect(c).toMatchObject({ port: 8787, dataDir: '/srv/hub/.hub-data', databaseUrl: null, retentionDays: 365, secureCookies: true });
    expect(readConfig({ PORT: '9000', HUB_RETENTION_DAYS: '30', DATABASE_URL: 'postgres://u:p@db:5432/hub' }).port).toBe(9000);
  });

  it('says in plain words which variable is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty" is not a whole number/);
    expect(() => readConfig({ HUB_RETENTION_DAYS: '0' })).toThrow(/HUB_RETENTION_DAYS="0" must be at least 1/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL.*must be a Postgres URL/);
  });

  it('locks the embedded database folder against a second hub, and takes over a stale lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-lock-'));
    // A live process that is not this one holds it (pid 1 always exists).
    writeFileSync(join(dir, 'hub.lock'), '1');
    expect(() => lockDataDir(dir)).toThrow(/in use by another hub \(process 1\)/);
    writeFileSync(join(dir, 'hub.lock'), '999999999');
    const release = lockDataDir(dir);
    release();
  });
});
