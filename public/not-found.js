// The 404 page's one script. A code URL typed with capitals or without its trailing slash
// (/codes/M0249/, /codes/M0249, /codes/m0249) moves to the code's page, /codes/m0249/. Only that
// path shape is read, and the new path is built from the code alone once it has passed the code
// pattern, so the script can only ever lead to a code page on this same site.

const CODE_PATH = /^\/codes\/([A-Za-z0-9]{5})\/?$/;
// The shapes of src/lib/code-format.ts: HCPCS Level II (M0249) and CPT (99213, 1036F).
const CODE = /^([A-CE-V]\d{4}|\d{5}|\d{4}[FTU])$/;

/** The code page for a mistyped code path, or undefined when there is nothing to correct. */
export function codePageFor(pathname) {
	const match = CODE_PATH.exec(pathname);
	if (!match) return undefined;

	const code = match[1].toUpperCase();
	if (!CODE.test(code)) return undefined;

	const target = `/codes/${code.toLowerCase()}/`;
	// Already the right address: the code has no page, so the 404 page stays.
	return target === pathname ? undefined : target;
}

if (typeof location !== 'undefined') {
	const target = codePageFor(location.pathname);
	if (target) location.replace(target);
}
