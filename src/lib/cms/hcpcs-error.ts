/**
 * A problem that stops the HCPCS import before anything is written. `lines` are ready to print,
 * each starting with the file (and line) it is about.
 */
export class HcpcsImportError extends Error {
	readonly lines: string[];

	constructor(lines: string[]) {
		super(lines.join('\n'));
		this.name = 'HcpcsImportError';
		this.lines = lines;
	}
}
