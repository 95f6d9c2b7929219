import type { HcpcsImportResult } from './hcpcs-import.ts';

const LISTED = 20;

const count = (value: number) => value.toLocaleString('en-US');

/** A count and the first 20 codes of a list, such as `Added (8,623): A0021, A0080, … and 8,603 more`. */
export function formatCodeList(label: string, codes: string[]): string {
	if (codes.length === 0) return `${label} (0)`;

	const shown = codes.slice(0, LISTED).join(', ');
	const more = codes.length > LISTED ? ` and ${count(codes.length - LISTED)} more` : '';
	return `${label} (${count(codes.length)}): ${shown}${more}`;
}

/** Lines saying what an import found, changed and left alone; the summary line comes last. */
export function formatImportReport(result: HcpcsImportResult): { info: string[]; warn: string[] } {
	const info = [
		`Read ${result.fileName}: ${count(result.codeCount)} codes; ${count(result.modifierCount)} modifiers left out.`,
		formatCodeList('Added', result.added),
		formatCodeList('Changed', result.changed),
		formatCodeList('Newly terminated', result.newlyTerminated),
		formatCodeList('Descriptors changed', result.descriptorsChanged),
		formatCodeList('Unchanged', result.unchanged),
	];
	return { info, warn: [...skippedLines(result), ...result.warnings] };
}

/** The one line a run ends with. */
export function formatImportSummary(result: HcpcsImportResult): string {
	const dir = result.outputDir.endsWith('/') ? result.outputDir : `${result.outputDir}/`;
	return (
		`Imported ${result.release}: ${count(result.codeCount)} codes ` +
		`(${count(result.terminatedCount)} terminated); ${count(result.added.length)} added, ` +
		`${count(result.changed.length)} changed, ${count(result.unchanged.length)} unchanged -> ${dir}`
	);
}

function skippedLines(result: HcpcsImportResult): string[] {
	const lines = result.skipped.map(({ code, line, reason }) =>
		reason === 'licensed'
			? `${result.label}:${line}  Skipped ${code}: its descriptor is licensed (CPT by the AMA, CDT by the ADA) and was not read.`
			: `${result.label}:${line}  Skipped ${code}: it is not a HCPCS Level II code.`,
	);
	if (result.notInRelease.length > 0) {
		lines.push(
			`${formatCodeList(`Not in ${result.release}`, result.notInRelease)}. Their files were left as they were.`,
		);
	}
	return lines;
}
