// Sends a learner's answer until the session service acknowledges it. A lost response says
// nothing about whether the answer arrived, so the very same request, with the same
// answerId, goes again: the service acknowledges a resend like the first and counts the
// answer once. A refusal (4xx) is an answer, not a lost response, and is not resent.

/** The pauses before each resend: five resends over about half a minute. */
export const RESEND_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

/**
 * Whether the error leaves open that the answer never arrived: no response at all (status
 * 0: connection refused or reset, the service restarting) or a failure on the way (5xx:
 * the relay could not reach the service, Kafka did not take the answer in time).
 */
export function worthResending(error) {
	return typeof error?.status === 'number' && (error.status === 0 || error.status >= 500);
}

/**
 * Calls send(answer) until it resolves, resending the same answer object after each
 * pause in delays while the error is worth resending; onResend(resend, resends, delayMs)
 * is told before each pause so the page can say what is happening. Rejects with the
 * last error when a refusal comes or the resends run out.
 */
export async function sendAnswer(send, answer, { delays = RESEND_DELAYS_MS, wait = pause, onResend = () => {} } = {}) {
	const sent = Object.freeze({ ...answer });
	for (let resend = 0; ; resend++) {
		try {
			return await send(sent);
		}
		catch (error) {
			if (!worthResending(error) || resend >= delays.length) {
				throw error;
			}
			onResend(resend + 1, delays.length, delays[resend]);
			await wait(delays[resend]);
		}
	}
}

function pause(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
