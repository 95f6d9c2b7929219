// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'dist.partial/', '.astro/', 'node_modules/', 'tests/.output/'] },
	...tseslint.configs.recommended,
	...eslintPluginAstro.configs.recommended,
	{
		rules: {
			'no-console': ['warn', { allow: ['warn', 'error'] }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		files: ['scripts/**', 'tests/**'],
		rules: { 'no-console': 'off' },
	},
	{
		files: ['public/**/*.js'],
		languageOptions: {
			globals: {
				document: 'readonly',
				location: 'readonly',
				history: 'readonly',
				window: 'readonly',
			},
		},
	},
);
