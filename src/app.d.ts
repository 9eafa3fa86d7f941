import type { Actor } from '#lib/domain/authorisation.js';
import type { Locale } from '#lib/domain/locale.js';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to the support team; says nothing of the cause. */
			id?: string;
		}
		interface Locals {
			locale: Locale;
			user: { id: string; name: string; email: string; locale: string; twoFactorEnabled: boolean } | null;
			actor: Actor | null;
		}
	}
}

export {};
