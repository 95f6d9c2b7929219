import { describe, expect, it } from 'vitest';
import { copiedDescriptorSign, sameWording } from '../../src/lib/catalogue/copied-descriptor.ts';

describe('copiedDescriptorSign', () => {
	it.each([
		['OFFICE O/P EST LOW 20 MIN', 'it is written in capitals'],
		['Office o/p est low 20 min', 'it abbreviates words ("o/p")'],
		['Chest x-ray 2vw', 'it abbreviates words ("2vw")'],
		['Tot knee arthrp w/o patella', 'it abbreviates words ("w/o")'],
		['Rpr njx sgy', 'it abbreviates words ("Rpr", "njx", "sgy")'],
		['Office visit est pt', 'it abbreviates words ("est", "pt")'],
	])('flags %j: %s', (text, sign) => {
		expect(copiedDescriptorSign(text)).toBe(sign);
	});

	it.each([
		'Office visit for an established patient, low complexity',
		'Chest X-ray, two views',
		'Total knee replacement',
		'E/M visit with a CT scan and/or MRI review',
		'Injection of 10 mg per ml of the drug',
		'Infusion of 250 mg/ml solution',
	])("leaves %j, an editor's own wording, alone", (text) => {
		expect(copiedDescriptorSign(text)).toBeUndefined();
	});
});

describe('sameWording', () => {
	it('ignores case, spacing and punctuation', () => {
		expect(sameWording('Total knee arthroplasty', 'TOTAL KNEE  ARTHROPLASTY.')).toBe(true);
	});

	it('never matches an empty description', () => {
		expect(sameWording('', '')).toBe(false);
	});
});
