/** A logger for one concern of a command, such as codes:data or codes:search. */
export interface Logger {
	info(message: string): void;
	warn(message: string): void;
	error(message: string): void;
}

/** Lines go to stderr with the concern as a prefix, so stdout stays free for data. */
export function createLogger(concern: string): Logger {
	const write = (level: string, message: string) => {
		const prefix = level === 'info' ? `[${concern}]` : `[${concern}] ${level}:`;
		process.stderr.write(`${prefix} ${message}\n`);
	};
	return {
		info: (message) => write('info', message),
		warn: (message) => write('warn', message),
		error: (message) => write('error', message),
	};
}

/** Seconds since `start` (from performance.now()), with one decimal: "2.4 s". */
export function elapsed(start: number): string {
	return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}
