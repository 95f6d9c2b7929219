import { SCHEMA_COMMENT } from '../cms/hcpcs-yaml.ts';

/**
 * The text of a new CPT code file: the two required descriptor lines left empty for the
 * editor, every optional field shown as a comment with an example, and a note on what the fee
 * schedule says about the code. Until the descriptor is written, `npm run validate` names the
 * two empty lines; the commented fields never block it. No CPT descriptor text is ever filled
 * in: it belongs to the AMA.
 */
export function newCptFileText(code: string, feeScheduleNote: string, today: string): string {
	return `${SCHEMA_COMMENT}
# CPT code ${code}. ${feeScheduleNote}
# Write every text in your own words. CPT descriptors belong to the AMA: never copy them from a
# code book, a fee schedule or billing software, nor their abbreviations ("Office o/p est").
# Check the file with npm run validate. CONTRIBUTING.md explains every field.
code: '${code}'
system: cpt
editorial:
  # Required: what the code reports, in plain words. short: one line of at most 80 characters;
  # long: a sentence or two, at most 600 characters.
  descriptor:
    short: ''
    long: ''
  # Optional fields: to use one, delete the "# " at the start of its lines, then replace the example.
  # synonyms:                  # other names people search for, at most 20
  #   - level 4 office visit
  # description: >-            # what the code reports, for billers, at most 1,500 characters
  #   Write a paragraph here.
  # summary: >-                # the same for patients, in everyday words, at most 1,500
  #   Write a paragraph here.
  # clinicalContext: >-        # when and where the service is given, and why, at most 2,500
  #   Write a paragraph here.
  # specialties:               # ids from data/specialties.yaml, at most 12
  #   - family-medicine
  # faq:                       # your own questions, at most 12; the page already answers what
  #                            # the code is, whether it is covered and when it is used
  #   - question: Write the question here?
  #     answer: Write the answer here.
  # related:                   # codes billed with or instead of this one, at most 20; put
  #                            # codes of digits only in quotes
  #   - '99213'
  # lastReviewed: ${today}   # the day you last checked this file
`;
}
