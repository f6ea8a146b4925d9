// The learner-data page's retention wording and form, and its watch on an erasure's
// receipt. Run by PageScriptTests (node --test); no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retentionSentence, retentionRequest, receiptStatus, watchReceipt, pause, RECEIPT_POLL_MS } from '../../main/resources/static/js/learner-data.js';

function receipt(status, ...erased) {
	return {
		erasureId: 'erasure-1',
		programId: 'demo-program',
		status,
		services: ['session-service', 'scoring-service', 'analytics-service'].map((service, index) => ({ service, erased: erased[index] === true })),
	};
}

const STARTED = receipt('in-progress', true, false, false);
const HALF_WAY = receipt('in-progress', true, true, false);
const COMPLETE = receipt('complete', true, true, true);

/** A session-service that answers each read with the next receipt; it records the ids asked for. */
function service(...answers) {
	const asked = [];
	const read = async (erasureId) => {
		asked.push(erasureId);
		const answer = answers[Math.min(asked.length, answers.length) - 1];
		if (answer instanceof Error) {
			throw answer;
		}
		return answer;
	};
	return { read, asked };
}

function failure(status) {
	return Object.assign(new Error(`HTTP ${status}`), { name: 'ApiError', status });
}

function noWait() {
	const waited = [];
	return { waited, wait: async (ms) => waited.push(ms) };
}

test('a program that keeps answer text forever says so', () => {
	assert.equal(retentionSentence({ answerTextDays: null, keptForever: true }), 'Answer text is kept for as long as the program runs.');
});

test('a retention period says when text goes and that scores stay', () => {
	assert.equal(retentionSentence({ answerTextDays: 400, keptForever: false }), 'Answer text is removed 400 days after it was given; scores stay.');
	assert.equal(retentionSentence({ answerTextDays: 1, keptForever: false }), 'Answer text is removed 1 day after it was given; scores stay.');
	assert.match(retentionSentence({ answerTextDays: 36500, keptForever: false }), /removed 36,500 days/);
});

test('keeping text forever sends a null period, whatever the days field holds', () => {
	assert.deepEqual(retentionRequest('forever', '30'), { request: { answerTextDays: null } });
});

test('a number of days is sent as a number, and the range is left to session-service', () => {
	assert.deepEqual(retentionRequest('days', ' 400 '), { request: { answerTextDays: 400 } });
	assert.deepEqual(retentionRequest('days', '0'), { request: { answerTextDays: 0 } });
	assert.deepEqual(retentionRequest('days', '50000'), { request: { answerTextDays: 50000 } });
});

test('days that are no whole number are refused before anything is sent', () => {
	for (const typed of ['', '  ', '2.5', '-3', 'a year', undefined]) {
		const { request, error } = retentionRequest('days', typed);
		assert.equal(request, undefined, `nothing sent for ${JSON.stringify(typed)}`);
		assert.match(error, /whole number of days, from 1 to 36,500/);
	}
});

test('a receipt says in words how far the erasure is', () => {
	assert.equal(receiptStatus(STARTED), 'In progress: 1 of 3 services done');
	assert.equal(receiptStatus(COMPLETE), 'Complete: all 3 services have erased the learner');
});

test('a receipt in progress is read again every two seconds until it is complete', async () => {
	const { read, asked } = service(HALF_WAY, COMPLETE);
	const { waited, wait } = noWait();
	const updates = [];

	const last = await watchReceipt(read, STARTED, { onUpdate: (r) => updates.push(r), wait });

	assert.equal(last, COMPLETE);
	assert.deepEqual(asked, ['erasure-1', 'erasure-1']);
	assert.deepEqual(updates, [HALF_WAY, COMPLETE]);
	assert.deepEqual(waited, [RECEIPT_POLL_MS, RECEIPT_POLL_MS]);
	assert.equal(RECEIPT_POLL_MS, 2000);
});

test('a complete receipt is not read again', async () => {
	const { read, asked } = service(COMPLETE);

	const last = await watchReceipt(read, COMPLETE, { onUpdate: () => assert.fail('no update'), wait: noWait().wait });

	assert.equal(last, COMPLETE);
	assert.deepEqual(asked, []);
});

test('leaving the page stops the watch, and a read answered after it is not shown', async () => {
	const leaving = new AbortController();
	const updates = [];
	const read = async () => {
		leaving.abort();
		return HALF_WAY;
	};

	await watchReceipt(read, STARTED, { onUpdate: (r) => updates.push(r), signal: leaving.signal, wait: noWait().wait });

	assert.deepEqual(updates, []);
});

test('a watch stopped while it waits reads nothing more', async () => {
	const leaving = new AbortController();
	const { read, asked } = service(COMPLETE);
	setTimeout(() => leaving.abort(), 20);

	const started = Date.now();
	await watchReceipt(read, STARTED, { onUpdate: () => {}, signal: leaving.signal, intervalMs: 60000 });

	assert.ok(Date.now() - started < 5000, 'the wait ended when the watch was stopped');
	assert.deepEqual(asked, []);
});

test('a lost connection or a service error is reported and the receipt read again', async () => {
	const { read, asked } = service(failure(0), failure(503), COMPLETE);
	const errors = [];

	const last = await watchReceipt(read, STARTED, { onUpdate: () => {}, onError: (e) => errors.push(e.status), wait: noWait().wait });

	assert.equal(last, COMPLETE);
	assert.deepEqual(errors, [0, 503]);
	assert.equal(asked.length, 3);
});

test('a refusal is reported and ends the watch, since asking again changes nothing', async () => {
	const { read, asked } = service(failure(403), COMPLETE);
	const errors = [];

	const last = await watchReceipt(read, STARTED, { onUpdate: () => {}, onError: (e) => errors.push(e.status), wait: noWait().wait });

	assert.equal(last, STARTED);
	assert.deepEqual(errors, [403]);
	assert.equal(asked.length, 1);
});

test('a pause ends at once when its signal was already aborted', async () => {
	const started = Date.now();
	await pause(60000, AbortSignal.abort());
	assert.ok(Date.now() - started < 1000);
});
