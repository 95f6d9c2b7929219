/**
 * Preloaded into a build by tests only (NODE_OPTIONS=--import <this file>): when
 * CODES_TEST_FAIL_WRITE is set, writing a file whose path contains that text fails as a full
 * disk would. This breaks a build half way through rendering without any hook in the build.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const failing = process.env.CODES_TEST_FAIL_WRITE;

if (failing) {
	const writeFile = fs.promises.writeFile;
	fs.promises.writeFile = async (...args: Parameters<typeof writeFile>) => {
		const [file] = args;
		if (String(file).includes(failing)) {
			const error = new Error(`ENOSPC: no space left on device, write '${String(file)}'`);
			throw Object.assign(error, { code: 'ENOSPC' });
		}
		return writeFile(...args);
	};
	// Modules that imported writeFile by name see the replacement too.
	syncBuiltinESMExports();
}
