// The practice page's resend of an answer whose response was lost. Run by
// PageScriptTests (node --test); no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sendAnswer, worthResending, RESEND_DELAYS_MS } from '../../main/resources/static/js/answer-sending.js';

const ANSWER = { answerId: 'answer-1', questionId: 'hit-roi-process', text: 'I would escalate it.' };

function failure(status) {
	return Object.assign(new Error(`HTTP ${status}`), { name: 'ApiError', status });
}

/** A send that fails with the given statuses in turn, then acknowledges; it records what it was sent. */
function service(...failures) {
	const received = [];
	const send = async (answer) => {
		received.push(answer);
		if (received.length <= failures.length) {
			throw failure(failures[received.length - 1]);
		}
		return { status: 202, data: { answerId: answer.answerId, status: 'ACCEPTED' } };
	};
	return { send, received };
}

function noWait() {
	const waited = [];
	return { waited, wait: async (ms) => waited.push(ms) };
}

test('an answer whose connection was reset is sent again with the same answerId until it is acknowledged', async () => {
	const { send, received } = service(0, 0, 502);
	const { waited, wait } = noWait();
	const told = [];

	const response = await sendAnswer(send, ANSWER, { wait, onResend: (...args) => told.push(args) });

	assert.equal(response.status, 202);
	assert.equal(received.length, 4);
	assert.deepEqual(received.map((answer) => answer.answerId), ['answer-1', 'answer-1', 'answer-1', 'answer-1']);
	assert.ok(received.every((answer) => answer.text === ANSWER.text && answer.questionId === ANSWER.questionId));
	assert.deepEqual(waited, RESEND_DELAYS_MS.slice(0, 3));
	assert.deepEqual(told, [[1, 5, 1000], [2, 5, 2000], [3, 5, 4000]]);
});

test('the pauses between resends grow', () => {
	for (let i = 1; i < RESEND_DELAYS_MS.length; i++) {
		assert.ok(RESEND_DELAYS_MS[i] > RESEND_DELAYS_MS[i - 1]);
	}
});

test('resending stops after the last pause and the last error reaches the page', async () => {
	const { send, received } = service(...Array(RESEND_DELAYS_MS.length + 1).fill(503));
	const { waited, wait } = noWait();

	await assert.rejects(sendAnswer(send, ANSWER, { wait }), (error) => error.status === 503);

	assert.equal(received.length, RESEND_DELAYS_MS.length + 1);
	assert.deepEqual(waited, RESEND_DELAYS_MS);
});

test('a refusal is not resent', async () => {
	for (const status of [400, 401, 404, 409, 422]) {
		const { send, received } = service(status);
		const { waited, wait } = noWait();

		await assert.rejects(sendAnswer(send, ANSWER, { wait }), (error) => error.status === status);

		assert.equal(received.length, 1, `HTTP ${status}`);
		assert.deepEqual(waited, []);
	}
});

test('a page that stops waiting (an aborted request) is not resent', async () => {
	const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' });
	let calls = 0;

	await assert.rejects(sendAnswer(async () => {
		calls++;
		throw aborted;
	}, ANSWER, { wait: async () => {} }), aborted);

	assert.equal(calls, 1);
});

test('only a missing response or a server failure is worth resending', () => {
	assert.equal(worthResending(failure(0)), true);
	assert.equal(worthResending(failure(500)), true);
	assert.equal(worthResending(failure(504)), true);
	assert.equal(worthResending(failure(409)), false);
	assert.equal(worthResending(new Error('no status')), false);
});
