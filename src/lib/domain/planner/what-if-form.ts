/**
 * The run page's what-if form: another budget, and/or more m² for one of the run's rooms. Both
 * fields may be left empty, not both. Codes are the editor's where they mean the same thing.
 */
import type { FieldErrors } from '../account-forms.js';

export interface WhatIf {
	budget: number | null;
	roomId: string | null;
	extraM2: number | null;
}

const whole = (raw: string | undefined, min: number, max: number): number | null | 'bad' => {
	const text = (raw ?? '').replace(/[\s\u00a0\u202f]/g, '');
	if (text === '') return null;
	if (!/^\d{1,9}$/.test(text)) return 'bad';
	const n = Number(text);
	return n < min || n > max ? 'bad' : n;
};

export function parseWhatIf(
	values: Record<string, string | undefined>,
	roomIds: readonly string[]
): { ok: true; data: WhatIf } | { ok: false; fieldErrors: FieldErrors } {
	const fieldErrors: FieldErrors = {};
	const budget = whole(values.budget, 0, 100_000_000);
	if (budget === 'bad') fieldErrors.budget = 'PLANNER.BUDGET_RANGE';
	const extraM2 = whole(values.extraM2, 1, 1000);
	if (extraM2 === 'bad') fieldErrors.extraM2 = 'PLANNER.WHATIF_M2_RANGE';
	const roomId = values.roomId || null;
	if (roomId !== null && !roomIds.includes(roomId)) fieldErrors.roomId = 'PLANNER.WHATIF_ROOM';
	if (typeof extraM2 === 'number' && roomId === null) fieldErrors.roomId = 'PLANNER.WHATIF_ROOM';
	if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
	if (budget === null && extraM2 === null) return { ok: false, fieldErrors: { form: 'PLANNER.WHATIF_NOTHING' } };
	return {
		ok: true,
		data: {
			budget: budget as number | null,
			roomId: extraM2 === null ? null : roomId,
			extraM2: extraM2 as number | null
		}
	};
}
