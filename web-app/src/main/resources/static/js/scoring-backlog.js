// What the practice page tells a learner whose feedback is late: scoring's backlog
// (GET /api/scoring/backlog) read as words and as how long to keep waiting. Kafka keeps
// every acknowledged answer, so a busy scorer delays feedback and loses nothing.

/** Below this estimate scoring is keeping up and the usual "within seconds" holds. */
export const BUSY_FROM_SECONDS = 3;

/** The page never waits longer than this at once; "Check again" waits another round. */
export const LONGEST_WAIT_MS = 5 * 60 * 1000;

/**
 * A sentence for the learner when scoring is behind, or null when it is keeping up or
 * nothing has been measured (then the page says nothing it cannot back).
 */
export function backlogNotice(backlog) {
	if (backlog?.answersWaiting == null) {
		return null;
	}
	const waiting = backlog.answersWaiting;
	const seconds = backlog.estimatedWaitSeconds;
	if (seconds == null) {
		return waiting > 0
			? `Scoring is catching up: ${count(waiting)} waiting. Your answer is saved and will be scored; the feedback will also be in your report.`
			: null;
	}
	if (seconds < BUSY_FROM_SECONDS) {
		return null;
	}
	return `Scoring is busy: ${count(waiting)} waiting, about ${duration(seconds)} at the current pace. Your answer is saved; the feedback will also be in your report.`;
}

/**
 * How long the page waits for the score: the usual time, or longer when the backlog says
 * the answer is in a queue (half as long again as the estimate, so a slower minute does
 * not give up just before the score arrives).
 */
export function feedbackWaitMs(backlog, usualMs) {
	const seconds = backlog?.estimatedWaitSeconds;
	if (seconds == null) {
		return usualMs;
	}
	return Math.min(LONGEST_WAIT_MS, Math.max(usualMs, seconds * 1500 + 5000));
}

function count(answers) {
	return answers === 1 ? '1 answer' : `${answers.toLocaleString('en')} answers`;
}

function duration(seconds) {
	if (seconds < 90) {
		return `${seconds} s`;
	}
	return `${Math.round(seconds / 60)} min`;
}
