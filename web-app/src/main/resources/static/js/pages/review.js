// Staff: review one answer on one screen. The question and the answer with the machine's
// evidence highlighted; each rubric key point with the machine's verdict preselected, to
// accept or change; the machine's score preselected; an optional note to the learner. An
// answer reviewed before opens with that review; saving it again makes a new revision.
import { api, seg } from '../api.js';
import { startPage } from '../layout.js';
import { VERDICTS, answerOrRemovalNote, reviewOf, gradedExamplesCard } from '../feedback.js';
import { nextInQueue, reviewHref, queueHref } from '../review-queue.js';
import { h, replace, loading, problemBox, alertBox, format, humanize, pathParam, queryParam, textWithId } from '../ui.js';

const NOTE_LIMIT = 2000;

const content = document.getElementById('content');
const title = document.getElementById('page-title');
const answerId = pathParam(1);
const cohortId = queryParam('cohort');
await startPage({ roles: ['coach', 'director', 'admin'], section: '/review' });
const reviewedHere = new Set();

load();

async function load() {
	replace(content, loading('Loading the answer…'));
	let scored;
	let review;
	try {
		[scored, review] = await Promise.all([api(`/api/scoring/answers/${seg(answerId)}`), reviewOf(answerId)]);
	}
	catch (error) {
		replace(content, breadcrumb(null), problemBox(error, {
			title: error?.status === 404 ? 'This answer cannot be reviewed' : 'The answer could not be loaded',
			retry: error?.status === 404 ? null : load,
		}));
		return;
	}
	title.textContent = `Review ${scored.learnerId}'s answer`;
	document.title = `Review ${scored.learnerId}'s answer · Readyroom`;
	replace(content, breadcrumb(scored), questionCard(scored),
		h('div', { class: 'grid-2' }, answerCard(scored), reviewForm(scored, review)),
		gradedExamplesCard(scored.explanation?.gradedExamples));
}

function breadcrumb(scored) {
	return h('p', { class: 'breadcrumb' }, h('a', { href: queueHref(cohortId) }, '← Review queue'),
		scored ? [' · ', h('a', { href: `/learners/${seg(scored.learnerId)}` }, `Report of ${scored.learnerId}`),
			' · ', h('a', { href: `/answers/${seg(answerId)}` }, 'The feedback as the learner sees it')] : null);
}

function questionCard(scored) {
	return h('section', { class: 'card', 'aria-labelledby': 'question-heading' },
		h('h2', { id: 'question-heading' }, 'Question'),
		h('p', { class: 'question-text' }, textWithId(scored.questionText, scored.questionId)),
		h('p', { class: 'small muted' }, `${scored.learnerId} · ${scored.cohortId} · submitted ${format.dateTime(scored.submittedAt)} · question version ${scored.questionVersion ?? '–'}`));
}

function answerCard(scored) {
	return h('section', { class: 'card sticky', 'aria-labelledby': 'answer-heading' },
		h('h2', { id: 'answer-heading' }, 'The answer'),
		h('p', { class: 'hint' }, 'Highlighted: the words the machine took as evidence for each key point (numbered).'),
		answerOrRemovalNote(scored, scored.criteria || []));
}

function reviewForm(scored, review) {
	const criteria = scored.criteria || [];
	const previous = new Map((review?.criteria || []).map((c) => [c.criterionId, c.verdict]));
	const score = h('input', { type: 'number', id: 'score', name: 'score', min: 0, max: 100, step: 1, required: true,
		value: String(review ? review.score : scored.score), 'aria-describedby': 'score-hint' });
	const note = h('textarea', { id: 'note', name: 'note', maxlength: NOTE_LIMIT, rows: 4, 'aria-describedby': 'note-hint' });
	note.value = review?.note || '';
	const status = h('div', { id: 'review-status', tabindex: '-1' });
	const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save review');
	const form = h('form', { novalidate: true },
		h('h2', { id: 'review-heading' }, 'Your review'),
		review ? previousReview(review) : null,
		h('p', { class: 'hint' }, 'The machine\'s verdicts are preselected: accept each or change it.'),
		criteria.map((criterion, index) => verdictChoice(criterion, index, previous.get(criterion.criterionId))),
		h('div', { class: 'field' },
			h('label', { for: 'score' }, 'Score (0–100)'),
			h('p', { class: 'hint', id: 'score-hint' }, `The machine scored ${scored.score}. The score you save counts for the learner instead.`),
			score),
		h('div', { class: 'field' },
			h('label', { for: 'note' }, 'Note to the learner (optional)'),
			h('p', { class: 'hint', id: 'note-hint' }, 'The learner reads it with their feedback.'),
			note),
		h('div', { class: 'actions' }, save),
		status);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		submit(form, criteria, { score, note, save, status });
	});
	return h('section', { class: 'card', 'aria-labelledby': 'review-heading' }, form);
}

function previousReview(review) {
	return alertBox('info', `Reviewed by ${review.reviewerId} ${format.dateTime(review.reviewedAt)}`,
		`That review (revision ${review.revision}) is filled in below. Saving makes revision ${review.revision + 1}, which counts from then on.`);
}

function verdictChoice(criterion, index, reviewed) {
	const machine = VERDICTS[criterion.verdict] ? criterion.verdict : 'MISSED';
	const chosen = reviewed || machine;
	const name = `verdict-${index + 1}`;
	return h('fieldset', { class: 'verdict-choice', dataset: { criterionId: criterion.criterionId } },
		h('legend', {}, `${index + 1}. ${criterion.description || humanize(criterion.criterionId)}`),
		criterion.evidence ? h('p', { class: 'quote' }, `Evidence: “${criterion.evidence}”`) : null,
		h('div', { class: 'inline-choices' }, Object.entries(VERDICTS).map(([verdict, shown]) =>
			h('label', {}, h('input', { type: 'radio', name, value: verdict, checked: verdict === chosen }),
				shown.label, verdict === machine ? h('span', { class: 'muted small' }, ' (machine)') : null))));
}

/** The review the form says, or the problems that keep it from being sent. */
function collect(form, criteria, { score, note }) {
	const problems = [];
	const value = score.value.trim();
	const number = Number(value);
	if (value === '' || !Number.isInteger(number) || number < 0 || number > 100) {
		problems.push('The score must be a whole number from 0 to 100.');
	}
	if (note.value.length > NOTE_LIMIT) {
		problems.push(`The note can have at most ${NOTE_LIMIT} characters.`);
	}
	const verdicts = criteria.map((criterion, index) => ({
		criterionId: criterion.criterionId,
		verdict: form.querySelector(`input[name="verdict-${index + 1}"]:checked`)?.value || criterion.verdict,
	}));
	return { problems, review: { score: number, criteria: verdicts, note: note.value.trim() || null } };
}

async function submit(form, criteria, fields) {
	const { status, save } = fields;
	const { problems, review } = collect(form, criteria, fields);
	if (problems.length) {
		replace(status, alertBox('error', 'Check the review', h('ul', { class: 'plain' }, problems.map((p) => h('li', {}, p)))));
		fields.score.setAttribute('aria-invalid', 'true');
		status.focus();
		return;
	}
	fields.score.removeAttribute('aria-invalid');
	save.disabled = true;
	replace(status, loading('Saving the review…'));
	let saved;
	try {
		saved = await api(`/api/scoring/answers/${seg(answerId)}/review`, { method: 'POST', json: review });
	}
	catch (error) {
		replace(status, problemBox(error, { title: 'The review was not saved' }));
		save.disabled = false;
		status.focus();
		return;
	}
	reviewedHere.add(answerId);
	save.disabled = false;
	save.textContent = 'Save a new revision';
	replace(status, alertBox('success', 'Saved',
		`Revision ${saved.revision}: ${saved.score} counts for ${saved.learnerId} instead of the machine's ${saved.machineScore}.`),
	h('div', { class: 'actions', id: 'next-answer' }, loading('Finding the next answer…')));
	status.focus();
	showNext(status.querySelector('#next-answer'));
}

async function showNext(container) {
	let next;
	try {
		next = await nextInQueue(cohortId, reviewedHere);
	}
	catch {
		replace(container, h('a', { class: 'btn btn-secondary', href: queueHref(cohortId) }, 'Back to the review queue'));
		return;
	}
	if (!next) {
		replace(container, h('p', {}, 'Nothing else is waiting for review.'),
			h('a', { class: 'btn btn-secondary', href: queueHref(cohortId) }, 'Back to the review queue'));
		return;
	}
	replace(container, h('a', { class: 'btn btn-primary', href: reviewHref(next.answerId, cohortId) }, 'Next answer in the queue'),
		h('span', { class: 'small muted' }, `${next.learnerId}: ${next.questionText || 'another question'}`));
}
