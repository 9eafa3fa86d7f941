import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { signOut } from '#lib/server/use-cases/sign-out.js';

export const POST: RequestHandler = async ({ request, locals }) => {
	if (locals.user) await signOut(await app(), request.headers);
	redirect(303, '/sign-in?signedOut=1');
};
