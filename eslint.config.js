import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are plain paths: the app has no base path and no localized URLs.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// The domain is the rules of the field, nothing else: no framework, no database, no Node APIs.
		files: ['src/lib/domain/**/*.ts'],
		ignores: ['src/lib/domain/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '@sveltejs/*'],
							message: 'src/lib/domain must not depend on Svelte or SvelteKit.'
						},
						{
							group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'],
							message: 'src/lib/domain must not touch the database.'
						},
						{
							group: ['$app/*', '$env/*', '#lib/server/*', '#lib/paraglide/*'],
							message: 'src/lib/domain must stay pure.'
						},
						{ group: ['node:*'], message: 'src/lib/domain must not use Node APIs.' }
					]
				}
			]
		}
	}
);
