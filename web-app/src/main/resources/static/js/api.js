// Calls to the web app's API. Every service call goes through the relay under /api/session,
// /api/scoring and /api/analytics; errors arrive as RFC 9457 problems and are thrown as ApiError.

const SIGN_IN_STARTED = 'readyroom.signInStartedAt';
const SIGN_IN_LOOP_WINDOW_MS = 30000;

/** A refused or failed call: the HTTP status (0 when the server was not reached) and the problem. */
export class ApiError extends Error {
	constructor(status, problem) {
		super(problem?.detail || problem?.title || `The request failed (HTTP ${status}).`);
		this.name = 'ApiError';
		this.status = status;
		this.problem = problem || {};
	}

	/** Whether the page is on its way to the sign-in (nothing else to show). */
	get signingIn() {
		return this.problem.signingIn === true;
	}
}

function csrfToken() {
	const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
	return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

/**
 * Sends the person to sign in again and back to this page afterwards. Not twice within half
 * a minute: if the services refuse a fresh sign-in, the page says so instead of looping.
 */
export function signInAgain() {
	const last = Number(sessionStorage.getItem(SIGN_IN_STARTED) || 0);
	if (Date.now() - last < SIGN_IN_LOOP_WINDOW_MS) {
		return false;
	}
	sessionStorage.setItem(SIGN_IN_STARTED, String(Date.now()));
	const here = location.pathname + location.search + location.hash;
	location.assign('/sign-in?next=' + encodeURIComponent(here));
	return true;
}

async function problemOf(response) {
	const type = response.headers.get('Content-Type') || '';
	if (type.includes('json')) {
		try {
			return await response.json();
		}
		catch {
			// fall through to a generic problem
		}
	}
	return {
		status: response.status,
		title: response.status >= 500 ? 'Something went wrong' : 'The request was refused',
		detail: `The server answered HTTP ${response.status}.`,
	};
}

async function send(path, options, retried) {
	const { method = 'GET', json, body, contentType, signal, accept } = options;
	const headers = { Accept: accept || 'application/json, application/problem+json' };
	let payload = body;
	if (json !== undefined) {
		payload = JSON.stringify(json);
		headers['Content-Type'] = 'application/json';
	}
	else if (contentType) {
		headers['Content-Type'] = contentType;
	}
	if (method !== 'GET' && method !== 'HEAD') {
		const token = csrfToken();
		if (token) {
			headers['X-XSRF-TOKEN'] = token;
		}
	}
	let response;
	try {
		response = await fetch(path, { method, headers, body: payload, signal, credentials: 'same-origin' });
	}
	catch (error) {
		if (error.name === 'AbortError') {
			throw error;
		}
		throw new ApiError(0, {
			title: 'Readyroom could not be reached',
			detail: 'Check that Readyroom is running and your connection works, then try again.',
		});
	}
	if (response.status === 401) {
		const problem = await problemOf(response);
		const signingIn = options.signInOnRefusal === false ? false : signInAgain();
		throw new ApiError(401, { ...problem, signingIn });
	}
	if (!response.ok) {
		const problem = await problemOf(response);
		if (response.status === 403 && String(problem.type || '').endsWith('/csrf-token-invalid') && !retried) {
			return send(path, options, true);
		}
		throw new ApiError(response.status, problem);
	}
	return response;
}

/**
 * Calls the API and returns {status, data, headers}: data is the parsed JSON, the text of
 * another body, or null without one.
 */
export async function call(path, options = {}) {
	const response = await send(path, options, false);
	let data = null;
	if (response.status !== 204) {
		const type = response.headers.get('Content-Type') || '';
		const text = await response.text();
		if (text) {
			data = type.includes('json') ? JSON.parse(text) : text;
		}
	}
	return { status: response.status, data, headers: response.headers };
}

/** Calls the API and returns the parsed body (null for 204 No Content). */
export async function api(path, options = {}) {
	return (await call(path, options)).data;
}

/** Encodes one path segment. */
export function seg(value) {
	return encodeURIComponent(value);
}

/** A random UUID, also where crypto.randomUUID is missing (plain HTTP on another host). */
export function uuid() {
	if (globalThis.crypto?.randomUUID) {
		return crypto.randomUUID();
	}
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6] & 0x0f) | 0x40;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
