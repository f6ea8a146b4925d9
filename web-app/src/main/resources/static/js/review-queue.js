// The review queue: scored answers nobody has reviewed yet, those most worth a human look
// first, optionally of one cohort.
import { api, seg } from './api.js';

export const QUEUE_SIZE = 20;

/** The queue, highest priority first; cohortId null for every cohort the person reads. */
export async function reviewQueue(cohortId, limit = QUEUE_SIZE) {
	const cohort = cohortId ? `&cohortId=${seg(cohortId)}` : '';
	return (await api(`/api/scoring/review-queue?limit=${limit}${cohort}`)) || [];
}

/**
 * The first answer of the queue other than those just reviewed (the queue may list one
 * for a moment after its review); null when nothing else waits.
 */
export async function nextInQueue(cohortId, reviewed) {
	const queue = await reviewQueue(cohortId, 5);
	return queue.find((item) => !reviewed.has(item.answerId)) || null;
}

/** The review screen of an answer, keeping the queue's cohort filter. */
export function reviewHref(answerId, cohortId) {
	return `/review/${seg(answerId)}${cohortId ? `?cohort=${seg(cohortId)}` : ''}`;
}

/** The queue page, keeping its cohort filter. */
export function queueHref(cohortId) {
	return `/review${cohortId ? `?cohort=${seg(cohortId)}` : ''}`;
}

/** How urgent a priority from 0 to 1 is, in a word, so it is not told by a number alone. */
export function urgency(priority) {
	if (priority >= 0.66) {
		return { label: 'High priority', badge: 'badge-bad' };
	}
	if (priority >= 0.33) {
		return { label: 'Medium priority', badge: 'badge-warn' };
	}
	return { label: 'Low priority', badge: 'badge-neutral' };
}
