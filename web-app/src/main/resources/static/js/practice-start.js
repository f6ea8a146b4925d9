// Starting a practice session, shared by the practice page and the report's "Start targeted
// practice" button.
import { api, seg } from './api.js';

const ACTIVE_SESSION = 'readyroom.activeSession';

/** Starts a session and goes to it. request: {roleTrack, mode, types, difficulties, questionCount, cohortId}. */
export async function startSession(request) {
	const session = await api('/api/session/sessions', { method: 'POST', json: request });
	rememberActive(session);
	location.assign(`/practice/sessions/${seg(session.sessionId)}`);
	return session;
}

export function rememberActive(session) {
	localStorage.setItem(ACTIVE_SESSION, JSON.stringify({
		sessionId: session.sessionId,
		learnerId: session.learnerId,
		roleTrack: session.roleTrack,
		startedAt: session.startedAt,
	}));
}

export function forgetActive(sessionId) {
	const active = activeSession();
	if (active && active.sessionId === sessionId) {
		localStorage.removeItem(ACTIVE_SESSION);
	}
}

export function activeSession() {
	try {
		return JSON.parse(localStorage.getItem(ACTIVE_SESSION) || 'null');
	}
	catch {
		return null;
	}
}
