import { describe, expect, it } from 'vitest';
import { parseWhatIf } from './what-if-form.js';

describe('parseWhatIf', () => {
	const rooms = ['r1', 'r2'];
	it('reads a new budget, more m² for a room, or both', () => {
		expect(parseWhatIf({ budget: '75 000' }, rooms)).toEqual({
			ok: true,
			data: { budget: 75_000, roomId: null, extraM2: null }
		});
		expect(parseWhatIf({ roomId: 'r2', extraM2: '8' }, rooms)).toEqual({
			ok: true,
			data: { budget: null, roomId: 'r2', extraM2: 8 }
		});
	});
	it('says what is wrong, field by field, and refuses a change of nothing', () => {
		expect(parseWhatIf({ budget: '-5', extraM2: '0' }, rooms)).toEqual({
			ok: false,
			fieldErrors: { budget: 'PLANNER.BUDGET_RANGE', extraM2: 'PLANNER.WHATIF_M2_RANGE' }
		});
		expect(parseWhatIf({ extraM2: '8' }, rooms)).toEqual({ ok: false, fieldErrors: { roomId: 'PLANNER.WHATIF_ROOM' } });
		expect(parseWhatIf({ roomId: 'elsewhere', extraM2: '8' }, rooms)).toEqual({
			ok: false,
			fieldErrors: { roomId: 'PLANNER.WHATIF_ROOM' }
		});
		expect(parseWhatIf({ budget: '', roomId: 'r1' }, rooms)).toEqual({
			ok: false,
			fieldErrors: { form: 'PLANNER.WHATIF_NOTHING' }
		});
	});
});
