import { defineConfig } from 'drizzle-kit';

// Only used to generate migrations (`npm run db:generate`); they are applied by the app at start.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle'
});
