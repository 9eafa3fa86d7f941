import { defineConfig } from 'vitest/config';
import { paraglide } from './paraglide.config.js';

// Unit tests sit beside the code; integration tests run the same suite on PGlite and,
// when TEST_DATABASE_URL is set, on a PostgreSQL server.
export default defineConfig({
	plugins: [paraglide()],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One database per file; files run one after another to keep PGlite's memory modest.
					fileParallelism: false
				}
			},
			{
				extends: true,
				// Two production-build processes against one PostgreSQL: run after the build (npm run test:race).
				test: {
					name: 'race',
					include: ['tests/race/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
