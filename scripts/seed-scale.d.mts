// Types of scripts/seed-scale.mjs for the tests that import it (the script itself runs untyped).
import type { Database } from '../src/lib/server/db/client.js';

export interface ScaleSize {
	quartiers: number;
	rooms: number;
	residents: number;
	needs: number;
	supports: number;
	bookings: number;
	initiatives: number;
	consultations: number;
	answers: number;
	qpv: (row: Record<string, string>) => boolean;
}
export type ScaleCounts = Omit<ScaleSize, 'qpv'> & { wrong_counters: number };

export const SIZES: Record<'small' | 'city' | 'metropole', ScaleSize>;
export function seedScale(
	db: Database,
	size: keyof typeof SIZES,
	report?: (counts: ScaleCounts) => void
): Promise<ScaleCounts>;
export function resetScale(db: Database): Promise<void>;
