import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 120_000,
		// Browser tests share one Chromium and one server per file; files run in parallel.
		fileParallelism: true,
	},
});
