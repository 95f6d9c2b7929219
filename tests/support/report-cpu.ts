/**
 * Preloaded by tests (NODE_OPTIONS=--import <this file>): prints the process's own CPU time
 * when it exits, so a test can time a script by the work it did rather than by the clock,
 * which runs on while other tests share the machine.
 */
import { CPU_TIME_PREFIX } from './cpu-time.ts';

process.on('exit', () => {
	const { user, system } = process.cpuUsage();
	process.stderr.write(`${CPU_TIME_PREFIX}${Math.round((user + system) / 1000)}\n`);
});
