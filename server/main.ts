/**
 * npm run hub                      start the hub (PORT, HUB_DATA_DIR, DATABASE_URL, HUB_RETENTION_DAYS…: docs/hub.md)
 * npm run hub -- add-user --email <e-mail> --name <name> [--role examiner|teacher]
 *                                  make an account; the password is read from HUB_PASSWORD or the first line of standard input
 */
import { createInterface } from 'node:readline';
import { ConfigError, readConfig } from './config';
import { openDatabase } from './db/database';
import { addUser } from './auth/users';
import { openHub } from './hub';

async function readPassword(): Promise<string> {
  if (process.env.HUB_PASSWORD) return process.env.HUB_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const config = readConfig();
  if (args[0] === 'add-user') {
    const email = option(args, 'email');
    const name = option(args, 'name');
    const role = option(args, 'role') ?? 'examiner';
    if (!email || !name || (role !== 'examiner' && role !== 'teacher'))
      throw new ConfigError('usage: npm run hub -- add-user --email <e-mail> --name <name> [--role examiner|teacher]');
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const user = await addUser(db.db, { email, name, role, password: await readPassword() });
      console.log(`Account made: ${user.email} (${user.role}).`);
    } finally {
      await db.close();
    }
    return;
  }
  if (args.length > 0) throw new ConfigError(`Unknown command "${args[0]}". Commands: (none) to start the hub, add-user.`);
  const hub = await openHub(config, { logger: true });
  const users = await hub.ctx.db.selectFrom('users').select('id').limit(1).execute();
  if (users.length === 0) console.log('No account yet: make the first with  npm run hub -- add-user --email <e-mail> --name <name>');
  await hub.app.listen({ port: config.port, host: config.host });
  console.log(`Frontline Hub on http://${config.host}:${config.port} (${hub.ctx.dbKind}); signing key ${hub.ctx.key.id}`);
  const stop = () => void hub.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // Plain words for what people can fix (configuration, a taken folder, a bad argument); the stack only for bugs.
  const plain =
    e instanceof ConfigError || (e instanceof Error && /data folder|configuration|account|e-mail|password|must/i.test(e.message));
  console.error(plain ? (e as Error).message : e);
  process.exitCode = 1;
});
