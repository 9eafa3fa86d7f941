/** Reads the stable code out of a Better Auth APIError, whatever its exact shape. */
export function authErrorCode(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const body = (error as { body?: { code?: unknown } }).body;
	return typeof body?.code === 'string' ? body.code : undefined;
}

export function isAuthApiError(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'APIError';
}
