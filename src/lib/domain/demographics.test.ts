import { describe, expect, it } from 'vitest';
import { categoryOf, demographicBlockForm, EMPTY_BLOCK, forbiddenTopicIn, isEmptyBlock } from './demographics';

describe('the demographic block', () => {
	it('reads an empty form as "prefer not to say" everywhere', () => {
		const parsed = demographicBlockForm.parse({});
		expect(parsed).toEqual(EMPTY_BLOCK);
		expect(isEmptyBlock(parsed)).toBe(true);
	});

	it('reads yes/no radios as booleans and keeps chosen values', () => {
		const parsed = demographicBlockForm.parse({
			gender: 'woman',
			ageBand: '25-34',
			singleParent: 'yes',
			childrenUnder3: 'no'
		});
		expect(parsed).toMatchObject({ gender: 'woman', ageBand: '25-34', singleParent: true, childrenUnder3: false });
		expect(categoryOf(parsed, 'singleParent')).toBe('yes');
		expect(categoryOf(parsed, 'childrenUnder3')).toBe('no');
		expect(categoryOf(parsed, 'employment')).toBeNull();
	});

	it('refuses a value outside the lists', () => {
		expect(demographicBlockForm.safeParse({ gender: 'female' }).success).toBe(false);
		expect(demographicBlockForm.safeParse({ ageBand: '0-14' }).success).toBe(false);
	});
});

describe('questions on forbidden topics', () => {
	it('finds them in the three languages, whatever the accents or the case', () => {
		expect(forbiddenTopicIn('Quelle est votre nationalité ?')).toBe('nationalite');
		expect(forbiddenTopicIn('Votre RELIGION')).toBe('religion');
		expect(forbiddenTopicIn('What is your ethnicity?')).toBe('ethnicity');
		expect(forbiddenTopicIn('ما هي جنسيتك؟ الجنسية')).toBe('الجنسية');
	});

	it('lets ordinary questions through, including words that merely contain a forbidden one', () => {
		expect(forbiddenTopicIn('Quels horaires vous conviennent pour la crèche ?')).toBeNull();
		expect(forbiddenTopicIn('Would you use an original cooking workshop?')).toBeNull();
	});
});
