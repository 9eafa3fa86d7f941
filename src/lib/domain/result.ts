/**
 * Use cases that can fail for a reason a person should be told return a typed result with a
 * stable code; the interface maps each code to a translated sentence.
 */
export type Failure<E extends string = string> = {
	ok: false;
	error: E;
	/** The form field the problem belongs to, when there is one. */
	field?: string;
	retryAfterSeconds?: number;
};
export type Result<T = void, E extends string = string> = { ok: true; value: T } | Failure<E>;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E extends string>(error: E, extra: Omit<Failure<E>, 'ok' | 'error'> = {}): Failure<E> => ({
	ok: false,
	error,
	...extra
});
