import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { CodeEntry } from '../../schemas/code-entry.ts';
import type { Category, Specialty } from '../../schemas/site.ts';
import { codeToCategoryId } from '../category.ts';
import { codeToSystem, isCodeOfSystem, SYSTEM_LABELS } from '../code-format.ts';
import { generatedQuestions } from '../faq.ts';
import type { Problem } from '../problems.ts';
import { parseYamlSource, pathToField, positionOf } from '../yaml-source.ts';
import { displayPath } from './paths.ts';
import type { CatalogueEntry } from './types.ts';

interface Context {
	categories: Map<string, Category>;
	specialties: Map<string, Specialty>;
	/** True for a code a fee-schedule release lists, whether or not it has a page. */
	isFeeScheduleCode: (code: string) => boolean;
}

type Path = (string | number)[];
type Finding = { path: Path; message: string; hint: string };

/**
 * Checks that need more than one file: names and folders, duplicates, categories,
 * specialties, related codes and FAQ questions. Returns the entries indexed by code,
 * sorted, and the problems found.
 */
export function checkEntries(
	files: { path: string; entry: CodeEntry }[],
	context: Context,
): { entries: Map<string, CatalogueEntry>; problems: Problem[] } {
	const problems: Problem[] = [];
	const byCode = new Map<string, CatalogueEntry>();
	const sorted = [...files].sort((a, b) => a.entry.code.localeCompare(b.entry.code));

	for (const { path, entry } of sorted) {
		const findings = checkOwnFile(path, entry, context);
		const earlier = byCode.get(entry.code);
		if (earlier) {
			findings.push({
				path: ['code'],
				message: `Code ${entry.code} is also defined in ${earlier.file}.`,
				hint: 'Keep one file per code and delete the other.',
			});
		}
		const categoryId = codeToCategoryId(entry.code);
		if (findings.length === 0 && categoryId && !earlier) {
			byCode.set(entry.code, { entry, file: displayPath(path), categoryId });
		}
		problems.push(...locate(path, findings));
	}
	for (const { path, entry } of sorted) {
		problems.push(...locate(path, checkRelated(entry, byCode, context)));
	}
	return { entries: byCode, problems };
}

function checkOwnFile(path: string, entry: CodeEntry, context: Context): Finding[] {
	const findings: Finding[] = [];
	const { code, system } = entry;
	const name = basename(path).replace(/\.ya?ml$/i, '');
	if (name !== code) {
		findings.push({ path: ['code'], message: `The file is named ${basename(path)} but holds code ${code}.`, hint: `Rename the file to ${code}.yaml, or correct the code.` });
	}
	if (!isCodeOfSystem(code, system)) {
		const actual = codeToSystem(code);
		findings.push({
			path: ['system'],
			message: `${code} is not a ${SYSTEM_LABELS[system]} code${actual ? `; it has the shape of a ${SYSTEM_LABELS[actual]} code` : ''}.`,
			hint: system === 'hcpcs'
				? 'A HCPCS Level II code is a letter A-C or E-V and four digits, such as M0249.'
				: 'A CPT code is five digits, or four digits and F, T or U, such as 99213 or 1036F.',
		});
	}
	if (basename(dirname(path)) !== system) {
		findings.push({ path: ['system'], message: `The file is in data/codes/${basename(dirname(path))}/ but says system ${system}.`, hint: `Move it to data/codes/${system}/.` });
	}
	const categoryId = codeToCategoryId(code);
	if (!categoryId) {
		findings.push({ path: ['code'], message: `${code} falls in no known range of ${SYSTEM_LABELS[system]} codes.`, hint: 'Check the code against the CMS or AMA code set.' });
	} else if (!context.categories.has(categoryId)) {
		findings.push({ path: ['code'], message: `The category ${categoryId} has no file.`, hint: `Add data/categories/${categoryId}.yaml.` });
	}
	findings.push(...checkSpecialties(entry, context.specialties), ...checkFaq(entry));
	return findings;
}

function checkSpecialties(entry: CodeEntry, specialties: Map<string, Specialty>): Finding[] {
	const list = entry.editorial?.specialties ?? [];
	return list.flatMap((id, index) => {
		if (!specialties.has(id)) {
			return [{ path: ['editorial', 'specialties', index], message: `"${id}" is not in the list of specialties.`, hint: 'Use an id from data/specialties.yaml, or add the specialty there.' }];
		}
		if (list.indexOf(id) !== index) {
			return [{ path: ['editorial', 'specialties', index], message: `"${id}" is listed twice.`, hint: 'Remove the repeat.' }];
		}
		return [];
	});
}

function checkFaq(entry: CodeEntry): Finding[] {
	const seen = new Map<string, string>(generatedQuestions(entry).map((question) => [normalize(question), 'generated']));
	return (entry.editorial?.faq ?? []).flatMap((item, index) => {
		const key = normalize(item.question);
		const earlier = seen.get(key);
		seen.set(key, 'editor');
		if (!earlier) return [];
		return [{
			path: ['editorial', 'faq', index, 'question'],
			message: earlier === 'generated'
				? `The page already asks "${item.question}" and answers it from the data.`
				: `The question "${item.question}" is asked twice.`,
			hint: 'Remove this question, or ask something the page does not answer yet.',
		}];
	});
}

// A related code needs no page of its own (most CPT codes have none) but must be real: it has
// a page, or a fee-schedule release lists it.
function checkRelated(entry: CodeEntry, byCode: Map<string, CatalogueEntry>, context: Context): Finding[] {
	const related = entry.editorial?.related ?? [];
	return related.flatMap((code, index) => {
		const path = ['editorial', 'related', index];
		if (code === entry.code) return [{ path, message: `${code} lists itself as related.`, hint: 'Remove it from related.' }];
		if (related.indexOf(code) !== index) return [{ path, message: `${code} is listed twice.`, hint: 'Remove the repeat.' }];
		if (!byCode.has(code) && !context.isFeeScheduleCode(code)) {
			return [{ path, message: `Related code ${code} is neither in data/codes/ nor in any fee-schedule release.`, hint: 'Check the code for a typo.' }];
		}
		return [];
	});
}

function normalize(question: string): string {
	return question.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Findings as problems with line and column, read again from the file only when needed. */
function locate(path: string, findings: Finding[]): Problem[] {
	if (findings.length === 0) return [];

	const file = displayPath(path);
	const source = parseYamlSource(readFileSync(path, 'utf8'), file);
	return findings.map(({ path: fieldPath, message, hint }) => {
		const { line, column } = Array.isArray(source) ? { line: 0, column: 0 } : positionOf(source, fieldPath);
		return { file, line, column, field: pathToField(fieldPath), message, hint };
	});
}
