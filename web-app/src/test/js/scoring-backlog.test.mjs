// What a learner waiting for feedback is told about scoring's backlog. Run by
// PageScriptTests (node --test); no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backlogNotice, feedbackWaitMs, LONGEST_WAIT_MS } from '../../main/resources/static/js/scoring-backlog.js';

const USUAL_MS = 15000;

test('a scorer keeping up is not mentioned and the usual wait holds', () => {
	const keepingUp = { answersWaiting: 2, answersScoredPerSecond: 20, estimatedWaitSeconds: 1 };
	assert.equal(backlogNotice(keepingUp), null);
	assert.equal(feedbackWaitMs(keepingUp, USUAL_MS), USUAL_MS);
});

test('nothing measured yet says nothing', () => {
	const notMeasured = { answersWaiting: null, answersScoredPerSecond: 0, estimatedWaitSeconds: null };
	assert.equal(backlogNotice(notMeasured), null);
	assert.equal(backlogNotice(undefined), null);
	assert.equal(feedbackWaitMs(notMeasured, USUAL_MS), USUAL_MS);
});

test('a busy scorer is said with the answers waiting and the estimate, and the page waits longer', () => {
	const busy = { answersWaiting: 1200, answersScoredPerSecond: 20, estimatedWaitSeconds: 60 };
	const notice = backlogNotice(busy);
	assert.match(notice, /1,200 answers waiting/);
	assert.match(notice, /about 60 s/);
	assert.match(notice, /saved/);
	assert.equal(feedbackWaitMs(busy, USUAL_MS), 95000);
});

test('long estimates read in minutes and the wait is capped', () => {
	const behind = { answersWaiting: 30000, answersScoredPerSecond: 20, estimatedWaitSeconds: 1500 };
	assert.match(backlogNotice(behind), /about 25 min/);
	assert.equal(feedbackWaitMs(behind, USUAL_MS), LONGEST_WAIT_MS);
});

test('answers waiting with no scoring seen in the last minute get no made-up estimate', () => {
	const stalled = { answersWaiting: 40, answersScoredPerSecond: 0, estimatedWaitSeconds: null };
	const notice = backlogNotice(stalled);
	assert.match(notice, /catching up: 40 answers waiting/);
	assert.doesNotMatch(notice, /about/);
	assert.equal(feedbackWaitMs(stalled, USUAL_MS), USUAL_MS);
});
