// The feedback on one scored answer: the score, every key point met, partly met or missed
// with the learner's own words highlighted, structure, red flags, strengths and hints; once
// a coach has reviewed it, their grade beside the machine's; and the graded answers a score
// leaned on.
import { api, ApiError, seg, sleep } from './api.js';
import { h, format, humanize, scoreBand } from './ui.js';

export const VERDICTS = {
	MET: { label: 'Covered', icon: '✓', className: 'met', badge: 'badge-ok' },
	PARTIAL: { label: 'Partly covered', icon: '◐', className: 'partial', badge: 'badge-warn' },
	MISSED: { label: 'Missed', icon: '✗', className: 'missed', badge: 'badge-bad' },
};

const ANSWER_FLAGS = {
	'too-short': 'Your answer is short: interviewers expect a few sentences with specifics.',
	'off-topic': 'Your answer seems to be about something else than the question.',
	'keyword-stuffing': 'Your answer lists keywords without explaining them; say how and why.',
	'not-english': 'Your answer is not in English, the language of the key points, so it could not be matched to them.',
};

const STRUCTURE_NAMES = {
	situation: 'Situation',
	task: 'Task',
	action: 'Action',
	result: 'Result',
};

/**
 * Asks for the answer's score every intervalMs until it is there or timeoutMs have passed
 * (a number, or a function asked each round, so a page can wait longer once it learns
 * scoring is behind); returns the scored answer, or null when it is not scored yet. 404
 * means "not yet".
 */
export async function waitForScore(answerId, { timeoutMs = 15000, intervalMs = 500, onWait } = {}) {
	const started = Date.now();
	for (;;) {
		try {
			return await api(`/api/scoring/answers/${seg(answerId)}`);
		}
		catch (error) {
			if (!(error instanceof ApiError) || error.status !== 404) {
				throw error;
			}
		}
		const waited = Date.now() - started;
		if (waited >= (typeof timeoutMs === 'function' ? timeoutMs() : timeoutMs)) {
			return null;
		}
		onWait?.(waited);
		await sleep(intervalMs);
	}
}

/**
 * The newest review of the answer, or null when nobody has reviewed it (404 no-review).
 */
export async function reviewOf(answerId) {
	try {
		return await api(`/api/scoring/answers/${seg(answerId)}/review`);
	}
	catch (error) {
		if (error instanceof ApiError && error.status === 404) {
			return null;
		}
		throw error;
	}
}

function verdictOf(criterion) {
	return VERDICTS[criterion.verdict] || VERDICTS.MISSED;
}

function hasEvidence(criterion, text) {
	return Number.isInteger(criterion.evidenceStart) && criterion.evidenceStart >= 0
		&& criterion.evidenceEnd > criterion.evidenceStart && criterion.evidenceEnd <= text.length;
}

/**
 * The answer with each key point's evidence marked. Overlapping evidence goes to the key
 * point that starts first; the rest of a later one keeps its own mark.
 */
export function highlightedAnswer(text, criteria) {
	const spans = criteria
		.map((criterion, index) => ({ criterion, index }))
		.filter(({ criterion }) => hasEvidence(criterion, text))
		.sort((a, b) => a.criterion.evidenceStart - b.criterion.evidenceStart || b.criterion.evidenceEnd - a.criterion.evidenceEnd);
	const parts = [];
	let position = 0;
	const marked = new Set();
	for (const { criterion, index } of spans) {
		const start = Math.max(criterion.evidenceStart, position);
		if (start >= criterion.evidenceEnd) {
			continue;
		}
		if (start > position) {
			parts.push(text.slice(position, start));
		}
		const verdict = verdictOf(criterion);
		const first = !marked.has(index);
		marked.add(index);
		parts.push(h('mark', {
			class: `evidence evidence-${verdict.className}`,
			id: first ? `evidence-${index + 1}` : null,
			tabindex: first ? '-1' : null,
			dataset: { keyPoint: String(index + 1) },
		}, h('span', { class: 'visually-hidden' }, `Key point ${index + 1}, ${verdict.label.toLowerCase()}: `),
		text.slice(start, criterion.evidenceEnd),
		h('sup', { 'aria-hidden': 'true' }, String(index + 1))));
		position = criterion.evidenceEnd;
	}
	parts.push(text.slice(position));
	return h('div', { class: 'answer-text', id: 'answer-text' }, parts);
}

/**
 * The answer's words with their evidence highlighted, or, once the program's retention
 * period has removed them, a note that says so: the score and verdicts stay.
 */
export function answerOrRemovalNote(scored, criteria) {
	if (scored.answerTextRemoved) {
		return h('p', { class: 'muted answer-removed' },
			'The words of this answer were removed under the program\'s retention period; its score and verdicts stay.');
	}
	return highlightedAnswer(scored.answerText || '', criteria);
}

function verdictBadge(verdict) {
	return h('span', { class: `badge ${verdict.badge}` }, h('span', { 'aria-hidden': 'true' }, verdict.icon), verdict.label);
}

/**
 * The reviewer's verdict on a key point where it differs from the machine's verdict shown
 * beside it; else null.
 */
function changedVerdict(criterion, review) {
	const reviewed = review?.criteria?.find((c) => c.criterionId === criterion.criterionId);
	if (!reviewed || reviewed.verdict === criterion.verdict) {
		return null;
	}
	return VERDICTS[reviewed.verdict] || null;
}

function keyPoint(criterion, index, text, review) {
	const verdict = verdictOf(criterion);
	const number = index + 1;
	const evidence = hasEvidence(criterion, text);
	const reviewed = changedVerdict(criterion, review);
	const item = h('li', { class: (reviewed || verdict).className, dataset: { keyPoint: String(number) } },
		h('div', { class: 'key-point-head' },
			verdictBadge(reviewed || verdict),
			h('span', {}, h('strong', {}, `${number}. `), criterion.description || humanize(criterion.criterionId))),
		reviewed ? h('p', { class: 'small reviewed-verdict' }, `Reviewed: ${reviewed.label.toLowerCase()}; the machine said ${verdict.label.toLowerCase()}.`) : null,
		criterion.evidence ? h('p', { class: 'quote' }, `Your words: “${criterion.evidence}”`) : null,
		evidence ? h('button', { type: 'button', class: 'btn btn-small btn-secondary', onClick: () => showEvidence(number) }, 'Show in my answer') : null);
	item.addEventListener('mouseenter', () => activate(number, true));
	item.addEventListener('mouseleave', () => activate(number, false));
	item.addEventListener('focusin', () => activate(number, true));
	item.addEventListener('focusout', () => activate(number, false));
	return item;
}

function activate(number, on) {
	document.querySelectorAll(`mark.evidence[data-key-point="${number}"]`).forEach((mark) => mark.classList.toggle('active', on));
}

function showEvidence(number) {
	const mark = document.getElementById(`evidence-${number}`);
	if (mark) {
		mark.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
		mark.focus({ preventScroll: true });
	}
}

function scoreHeader(score, { id, label } = {}) {
	const band = scoreBand(score);
	const figure = h('div', { class: 'score' },
		h('p', { class: 'score-value', id }, String(score), h('small', {}, ' / 100')),
		h('div', {},
			h('span', { class: `badge ${band.badge}` }, band.label),
			h('div', {}, h('meter', { min: 0, max: 100, low: 40, high: 60, optimum: 100, value: score, 'aria-label': `${label || 'Score'}: ${score} of 100` }))));
	return label ? h('div', { class: 'score-figure' }, h('p', { class: 'score-label' }, label), figure) : figure;
}

/** The score that counts: a reviewer's grade beside the machine's, or the machine's alone. */
function scoreCard(scored, review, criteria) {
	const met = criteria.filter((c) => c.verdict === 'MET').length;
	const partial = criteria.filter((c) => c.verdict === 'PARTIAL').length;
	return h('section', { class: 'card', 'aria-labelledby': 'score-heading' },
		h('h2', { id: 'score-heading', tabindex: '-1' }, 'Your score'),
		review
			? h('div', { class: 'score-pair' },
				scoreHeader(review.score, { id: 'reviewed-score', label: `Reviewed by ${review.reviewerId}` }),
				scoreHeader(scored.score, { id: 'machine-score', label: 'Machine score' }))
			: scoreHeader(scored.score),
		review ? h('p', {}, `The reviewed score is the one that counts in your report; the machine's stays here for comparison.`) : null,
		h('p', { class: 'muted' }, `${review ? 'The machine found ' : ''}${met} of ${criteria.length} key points covered${partial ? `, ${partial} partly` : ''}.`),
		scored.questionText ? h('p', {}, h('strong', {}, 'Question: '), scored.questionText) : null);
}

/** The key points with the reviewer's verdicts where they differ, for the highlighting. */
function asReviewed(criteria, review) {
	return criteria.map((criterion) => {
		const reviewed = review?.criteria?.find((c) => c.criterionId === criterion.criterionId);
		return reviewed && VERDICTS[reviewed.verdict] ? { ...criterion, verdict: reviewed.verdict } : criterion;
	});
}

/** What the reviewer said: their note and the key points they judged otherwise. */
function reviewCard(review, criteria) {
	const changed = criteria
		.map((criterion, index) => ({ criterion, index, reviewed: changedVerdict(criterion, review) }))
		.filter(({ reviewed }) => reviewed);
	return h('section', { class: 'card review-note', 'aria-labelledby': 'review-heading' },
		h('h3', { id: 'review-heading' }, `Review by ${review.reviewerId}`),
		review.note ? h('blockquote', { class: 'note', id: 'review-note' }, review.note) : h('p', { class: 'muted' }, 'No note.'),
		changed.length
			? h('div', {}, h('p', {}, 'Key points judged otherwise than the machine did:'),
				h('ul', { class: 'plain', id: 'changed-verdicts' }, changed.map(({ criterion, index, reviewed }) => h('li', {},
					h('strong', {}, `${index + 1}. `), (criterion.description || humanize(criterion.criterionId)).replace(/[.\s]+$/, ''), ': ',
					`${reviewed.label.toLowerCase()} (the machine said ${verdictOf(criterion).label.toLowerCase()})`))))
			: h('p', { class: 'muted' }, 'Every key point as the machine judged it.'),
		h('p', { class: 'small muted' }, `Reviewed ${format.dateTime(review.reviewedAt)}${review.revision > 1 ? ` · review ${review.revision}` : ''}`));
}

/**
 * The graded answers of the question the score leaned on: how many, what the rubric alone
 * gave, and the nearest with their grades. Null when the score did not lean on any.
 */
export function gradedExamplesCard(graded) {
	if (!graded || !graded.examples) {
		return null;
	}
	const nearest = graded.nearest || [];
	return h('section', { class: 'card', 'aria-labelledby': 'graded-heading' },
		h('h3', { id: 'graded-heading' }, 'Calibrated with graded answers'),
		h('p', { id: 'graded-summary' }, `This score leaned on ${graded.examples} answer${graded.examples === 1 ? '' : 's'} to this question that coaches have graded. `,
			`The rubric alone gave ${graded.rubricScore}; the graded answers nearest to this one suggest ${graded.nearestScore}.`),
		nearest.length ? h('ol', { class: 'graded-examples' }, nearest.map((example) => h('li', {},
			h('p', { class: 'graded-example-head' }, h('strong', {}, `Graded ${example.score} / 100`),
				h('span', { class: 'muted small' }, ` · similarity in meaning ${format.number(example.similarity, 2)} of 1`)),
			example.answer ? h('blockquote', { class: 'note' }, example.answer)
				: h('p', { class: 'muted small' }, 'Another learner\'s answer; its words are not shown.')))) : null);
}

function flags(explanation) {
	const boxes = [];
	for (const flag of explanation.redFlags || []) {
		boxes.push(h('div', { class: 'alert alert-error', role: 'note' },
			h('p', { class: 'alert-title' }, 'Red flag: ', flag.description || humanize(flag.redFlagId)),
			flag.evidence ? h('p', { class: 'quote' }, `Your words: “${flag.evidence}”`) : null,
			h('p', { class: 'small' }, 'An interviewer would stop here; it lowers the score below any harmless answer, whatever else the answer covers.')));
	}
	for (const reason of explanation.capReasons || []) {
		boxes.push(h('div', { class: 'alert alert-warning', role: 'note' }, h('p', { class: 'alert-title' }, 'Score lowered'), h('p', {}, reason)));
	}
	for (const flag of explanation.answerFlags || []) {
		boxes.push(h('div', { class: 'alert alert-warning', role: 'note' }, h('p', {}, ANSWER_FLAGS[flag] || humanize(flag))));
	}
	return boxes;
}

function structure(explanation) {
	const checks = explanation.structure || [];
	if (!checks.length && explanation.stepsInOrder === null && !explanation.structureTip) {
		return null;
	}
	const star = checks.some((check) => STRUCTURE_NAMES[String(check.element).toLowerCase()]);
	return h('section', { class: 'card', 'aria-labelledby': 'structure-heading' },
		h('h3', { id: 'structure-heading' }, star ? 'Structure (STAR)' : 'Structure'),
		checks.length ? h('ul', { class: 'checklist' }, checks.map((check) => h('li', { class: check.present ? 'check-yes' : 'check-no' },
			h('span', { class: 'visually-hidden' }, check.present ? 'Present: ' : 'Missing: '),
			STRUCTURE_NAMES[String(check.element).toLowerCase()] || humanize(check.element),
			check.present && check.evidence ? h('span', { class: 'quote' }, ` — “${check.evidence}”`) : null))) : null,
		explanation.stepsInOrder === true ? h('p', { class: 'check-yes' }, 'Your steps come in the expected order.') : null,
		explanation.stepsInOrder === false ? h('p', { class: 'check-no' }, 'Your steps are not in the expected order.') : null,
		explanation.structureTip ? h('p', {}, h('strong', {}, 'Tip: '), explanation.structureTip) : null);
}

function listCard(title, items, id) {
	if (!items?.length) {
		return null;
	}
	return h('section', { class: 'card', 'aria-labelledby': id }, h('h3', { id }, title), h('ul', { class: 'plain' }, items.map((item) => h('li', {}, item))));
}

/**
 * The whole feedback for a scored answer, with its review if it has one; its score heading
 * (#score-heading) takes focus.
 */
export function feedbackView(scored, { review = null } = {}) {
	const explanation = scored.explanation || {};
	const criteria = scored.criteria || [];
	const text = scored.answerText || '';
	return h('div', { class: 'stack feedback' },
		scoreCard(scored, review, criteria),
		review ? reviewCard(review, criteria) : null,
		flags(explanation),
		h('div', { class: 'grid-2' },
			h('section', { class: 'card sticky', 'aria-labelledby': 'answer-heading' },
				h('h3', { id: 'answer-heading' }, 'Your answer'),
				h('p', { class: 'hint' }, 'Highlighted: the words that earned each key point (numbered).'),
				answerOrRemovalNote(scored, asReviewed(criteria, review))),
			h('section', { class: 'card', 'aria-labelledby': 'key-points-heading' },
				h('h3', { id: 'key-points-heading' }, 'Key points'),
				h('ol', { class: 'key-points' }, criteria.map((criterion, index) => keyPoint(criterion, index, text, review))))),
		h('div', { class: 'grid-2' },
			listCard('What you did well', explanation.strengths, 'strengths-heading'),
			listCard('How to improve', explanation.hints, 'hints-heading')),
		structure(explanation),
		gradedExamplesCard(explanation.gradedExamples),
		explanation.specifics?.length ? h('section', { class: 'card', 'aria-labelledby': 'specifics-heading' },
			h('h3', { id: 'specifics-heading' }, 'Specifics you named'),
			h('ul', { class: 'chips' }, explanation.specifics.map((specific) => h('li', {}, specific)))) : null,
		h('p', { class: 'small muted' }, `Submitted ${format.dateTime(scored.submittedAt)} · question version ${scored.questionVersion ?? '–'} · scorer ${scored.scorerVersion ?? '–'}`));
}

/** The learner's scored answers; the list endpoint may wrap them in a page object. */
export function answersIn(data) {
	if (Array.isArray(data)) {
		return data;
	}
	return data?.answers || data?.items || data?.content || [];
}
