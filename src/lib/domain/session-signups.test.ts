import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	attendanceField,
	cancel,
	capacityField,
	counterSignupForm,
	isCancellable,
	parseAttendance,
	placeFor,
	placesLeft,
	promotions,
	waitingList,
	type SignupState
} from './session-signups.js';

/** Signs someone up the way the use case does: where placeFor says. */
function signUp(signups: SignupState[], id: string, capacity: number): SignupState[] {
	return [...signups, { id, ...placeFor(signups, capacity) }];
}

describe('session sign-ups', () => {
	it('gives places until there are none, then queues in arrival order', () => {
		let s: SignupState[] = [];
		for (const id of ['a', 'b', 'c', 'd']) s = signUp(s, id, 2);
		expect(s.map((x) => [x.id, x.status, x.position])).toEqual([
			['a', 'confirmed', null],
			['b', 'confirmed', null],
			['c', 'waiting', 1],
			['d', 'waiting', 2]
		]);
		expect(placesLeft(s, 2)).toBe(0);
	});

	it('moves the first person waiting up when someone with a place cancels', () => {
		let s: SignupState[] = [];
		for (const id of ['a', 'b', 'c', 'd']) s = signUp(s, id, 2);
		const r = cancel(s, 'a', 2);
		expect(r.promoted).toEqual(['c']);
		expect(r.signups.find((x) => x.id === 'c')).toEqual({ id: 'c', status: 'confirmed', position: null });
		expect(waitingList(r.signups).map((x) => x.id)).toEqual(['d']);
	});

	it('promotes nobody when a person who was waiting cancels', () => {
		let s: SignupState[] = [];
		for (const id of ['a', 'b', 'c']) s = signUp(s, id, 1);
		expect(cancel(s, 'b', 1).promoted).toEqual([]);
	});

	it('counts attended and absent places as taken, and frees several places when capacity grows', () => {
		const s: SignupState[] = [
			{ id: 'a', status: 'attended', position: null },
			{ id: 'b', status: 'absent', position: null },
			{ id: 'c', status: 'waiting', position: 1 },
			{ id: 'd', status: 'waiting', position: 2 },
			{ id: 'e', status: 'waiting', position: 3 }
		];
		expect(placesLeft(s, 2)).toBe(0);
		expect(promotions(s, 4)).toEqual(['c', 'd']);
	});

	it('lets a newcomer wait rather than take a place someone waiting is owed', () => {
		const s: SignupState[] = [
			{ id: 'a', status: 'confirmed', position: null },
			{ id: 'c', status: 'waiting', position: 4 }
		];
		expect(placeFor(s, 2)).toEqual({ status: 'waiting', position: 5 });
	});

	it('only cancels live places', () => {
		expect(isCancellable('confirmed')).toBe(true);
		expect(isCancellable('waiting')).toBe(true);
		expect(isCancellable('attended')).toBe(false);
		expect(isCancellable('cancelled')).toBe(false);
	});

	it('property: whatever the sign-ups and cancellations, places never exceed capacity and the queue moves in order', () => {
		const step = fc.oneof(
			fc.record({ op: fc.constant('join' as const) }),
			fc.record({ op: fc.constant('leave' as const), pick: fc.nat() })
		);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 6 }), fc.array(step, { maxLength: 60 }), (capacity, steps) => {
				let s: SignupState[] = [];
				let next = 0;
				// The order in which people joined the waiting list, to check promotions follow it.
				const queued: string[] = [];
				for (const st of steps) {
					if (st.op === 'join') {
						const id = `p${next++}`;
						s = signUp(s, id, capacity);
						if (s.at(-1)!.status === 'waiting') queued.push(id);
					} else {
						const live = s.filter((x) => isCancellable(x.status));
						if (live.length === 0) continue;
						const target = live[st.pick % live.length]!;
						const r = cancel(s, target.id, capacity);
						// Promoted people are the head of the queue, in order.
						const before = queued.filter((id) => s.find((x) => x.id === id)!.status === 'waiting' && id !== target.id);
						expect(r.promoted).toEqual(before.slice(0, r.promoted.length));
						s = r.signups;
					}
					const confirmed = s.filter((x) => x.status === 'confirmed');
					const waiting = s.filter((x) => x.status === 'waiting');
					expect(confirmed.length).toBeLessThanOrEqual(capacity);
					// Nobody waits while a place is free.
					if (waiting.length > 0) expect(confirmed.length).toBe(capacity);
					// A position exactly when waiting, and each person in one state only.
					for (const x of s) expect(x.position !== null).toBe(x.status === 'waiting');
					expect(new Set(s.map((x) => x.id)).size).toBe(s.length);
					// Positions are distinct and follow arrival.
					const positions = waitingList(s).map((x) => x.id);
					expect(positions).toEqual(queued.filter((id) => positions.includes(id)));
				}
			})
		);
	});
});

describe('session forms', () => {
	it('takes a counter sign-up with a name and no phone, and refuses a bad phone number beside its field', () => {
		expect(counterSignupForm.safeParse({ displayName: ' Fatou ', phone: '' }).data).toEqual({
			displayName: 'Fatou',
			phone: null
		});
		const bad = counterSignupForm.safeParse({ displayName: '', phone: 'abc' });
		expect(bad.success).toBe(false);
		expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
			['displayName', 'FIELD.REQUIRED'],
			['phone', 'PHONE.INVALID']
		]);
	});

	it('reads a capacity, empty meaning the default', () => {
		expect(capacityField.safeParse('').data).toBeNull();
		expect(capacityField.safeParse('12').data).toBe(12);
		expect(capacityField.safeParse('0').success).toBe(false);
		expect(capacityField.safeParse('douze').success).toBe(false);
	});

	it('needs a mark for every place in the attendance form', () => {
		expect(
			parseAttendance({ [attendanceField('x')]: 'attended', [attendanceField('y')]: 'absent' }, ['x', 'y'])
		).toEqual({
			ok: true,
			marks: new Map([
				['x', 'attended'],
				['y', 'absent']
			])
		});
		expect(parseAttendance({ [attendanceField('x')]: 'maybe' }, ['x', 'y'])).toEqual({
			ok: false,
			fieldErrors: { a_x: 'SESSION.ATTENDANCE_REQUIRED', a_y: 'SESSION.ATTENDANCE_REQUIRED' }
		});
	});
});
