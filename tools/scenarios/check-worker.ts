/** Checks one scenario in its own process and prints its report as JSON (see check.ts). */
import { dirname, join } from 'node:path';
import { loadCharters, loadScenario } from './load';
import { type ExploreOptions, explore } from './explore';

const [dir, json] = process.argv.slice(2) as [string, string];
const problems: string[] = [];
const scenario = loadScenario(dir, loadCharters(join(dirname(dir), 'charters'), problems), problems);
if (!scenario) throw new Error(`${dir}: ${problems.join('; ')}`);
process.stdout.write(JSON.stringify(explore(scenario, JSON.parse(json) as ExploreOptions)));
