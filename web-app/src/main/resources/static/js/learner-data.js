// The learner-data page's own logic, apart from the page so Node can test it: what a
// program's retention period means in words, the period a director's form asks for, and
// watching an erasure's receipt until every service has erased the learner.

/** The longest period session-service takes; beyond it, keeping text forever says what is meant. */
export const MAX_DAYS = 36500;

/** How often a receipt in progress is asked for again. */
export const RECEIPT_POLL_MS = 2000;

/** The retention period as the director reads it. */
export function retentionSentence(retention) {
	if (!retention || retention.keptForever || retention.answerTextDays == null) {
		return 'Answer text is kept for as long as the program runs.';
	}
	const days = retention.answerTextDays;
	return `Answer text is removed ${days.toLocaleString('en')} day${days === 1 ? '' : 's'} after it was given; scores stay.`;
}

/**
 * The body of the retention request for the form's choice ('forever' or 'days') and the
 * days typed: {request} to send, or {error} to show beside the field. The range is
 * session-service's to judge, so its problem says what is wrong with 0 or 50,000.
 */
export function retentionRequest(choice, daysTyped) {
	if (choice === 'forever') {
		return { request: { answerTextDays: null } };
	}
	const text = String(daysTyped ?? '').trim();
	if (!/^\d+$/.test(text)) {
		return { error: `Enter a whole number of days, from 1 to ${MAX_DAYS.toLocaleString('en')}.` };
	}
	return { request: { answerTextDays: Number(text) } };
}

export function isComplete(receipt) {
	return receipt?.status === 'complete';
}

/** The services that have erased the learner, of all the receipt names. */
export function servicesDone(receipt) {
	const services = receipt?.services || [];
	return { done: services.filter((service) => service.erased).length, of: services.length };
}

/** The receipt's status in words: never by colour or a badge alone. */
export function receiptStatus(receipt) {
	const { done, of } = servicesDone(receipt);
	return isComplete(receipt) ? `Complete: all ${of} services have erased the learner` : `In progress: ${done} of ${of} services done`;
}

/** Waits ms, or less when signal aborts. */
export function pause(ms, signal) {
	return new Promise((resolve) => {
		if (signal?.aborted) {
			resolve();
			return;
		}
		const timer = setTimeout(done, ms);
		signal?.addEventListener('abort', done, { once: true });
		function done() {
			clearTimeout(timer);
			signal?.removeEventListener('abort', done);
			resolve();
		}
	});
}

/**
 * Asks for a receipt in progress again every intervalMs until it is complete or signal
 * aborts (the director left the page or asked for another erasure); onUpdate gets every
 * receipt read. A failed read is handed to onError: polling goes on after a lost
 * connection or a service error, and stops on a refusal, which asking again won't change.
 * Resolves with the last receipt read.
 */
export async function watchReceipt(readReceipt, receipt, { onUpdate, onError = () => {}, signal, intervalMs = RECEIPT_POLL_MS, wait = pause }) {
	let current = receipt;
	while (!isComplete(current) && !signal?.aborted) {
		await wait(intervalMs, signal);
		if (signal?.aborted) {
			break;
		}
		try {
			current = await readReceipt(current.erasureId);
		}
		catch (error) {
			onError(error);
			if (!worthAskingAgain(error)) {
				break;
			}
			continue;
		}
		if (!signal?.aborted) {
			onUpdate(current);
		}
	}
	return current;
}

function worthAskingAgain(error) {
	return error?.status === 0 || error?.status >= 500;
}
