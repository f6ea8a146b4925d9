// Staff: how closely the machine's scores agree with reviewers' grades of the same answers,
// overall and per question, the largest disagreement first; a coach for each of their
// cohorts, a director for the program or one cohort. A director also sees how far each
// question's graded answers calibrate the scorer, and re-scores the unreviewed answers of a
// question once enough new graded answers call for it.
import { api, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { cohortsOf } from '../cohort-list.js';
import { h, replace, loading, problemBox, emptyState, alertBox, format, queryParam, dataTable, barCell, refusal, textWithId } from '../ui.js';

const content = document.getElementById('content');
const me = await startPage({ roles: ['coach', 'director', 'admin'], section: '/agreement' });
const programId = programOf(me);
const managesProgram = me.role === 'director' || me.role === 'admin';
const figures = h('div', { class: 'stack' });
const questionTexts = new Map();
let calibrationLoaded;

start();

async function start() {
	replace(content, loading('Loading your cohorts…'));
	const cohorts = await cohortsOf(me, programId).then((found) => found.cohortIds, () => []);
	const scopes = [
		...(managesProgram ? [{ value: 'program', label: `The whole program (${programId})`, path: `/api/analytics/programs/${seg(programId)}/agreement` }] : []),
		...cohorts.map((id) => ({ value: id, label: `Cohort ${id}`, path: `/api/analytics/cohorts/${seg(id)}/agreement` })),
	];
	if (!scopes.length) {
		replace(content, emptyState({ title: 'No cohorts yet', text: 'Your account names no cohort. Ask your program director to assign you one.' }));
		return;
	}
	const calibration = managesProgram ? h('div', {}) : null;
	const requested = queryParam('scope');
	const scope = scopes.find((s) => s.value === requested) || scopes[0];
	replace(content, scopes.length > 1 ? scopeChoice(scopes, scope) : null, figures, calibration);
	calibrationLoaded = calibration ? loadCalibration(calibration) : Promise.resolve();
	load(scope);
}

function scopeChoice(scopes, current) {
	const select = h('select', { id: 'scope' }, scopes.map((s) => h('option', { value: s.value, selected: s === current }, s.label)));
	select.addEventListener('change', () => {
		const scope = scopes.find((s) => s.value === select.value);
		const params = new URLSearchParams(location.search);
		params.set('scope', scope.value);
		history.replaceState(null, '', `?${params}`);
		load(scope);
	});
	return h('div', { class: 'field' }, h('label', { for: 'scope' }, 'Answers reviewed in'), select);
}

async function load(scope) {
	replace(figures, loading('Loading the agreement…'));
	let agreement;
	try {
		agreement = await api(scope.path);
	}
	catch (error) {
		replace(figures, unavailable(error, scope));
		return;
	}
	await calibrationLoaded;
	if (!agreement?.overall?.reviewed) {
		replace(figures, noReviewsYet(scope));
		return;
	}
	await learnQuestionTexts(agreement.questions || []);
	replace(figures, overall(agreement.overall), perQuestion(agreement.questions || []));
}

/**
 * A scope the person may not read is refused in the service's words; a cohort of theirs
 * that no event has named yet has nothing to compare.
 */
function unavailable(error, scope) {
	if (error?.status === 403) {
		return refusal(error);
	}
	if (error?.status === 404) {
		return emptyState({
			title: `No figures of cohort ${scope.value} yet`,
			text: 'Agreement appears once answers of this cohort are scored and reviewed.',
		});
	}
	return problemBox(error, { title: 'The agreement could not be loaded', retry: () => load(scope) });
}

function noReviewsYet(scope) {
	return emptyState({
		title: 'No reviewed answers yet',
		text: `Agreement appears here once answers of ${scope.value === 'program' ? 'the program' : `cohort ${scope.value}`} are reviewed.`,
		action: { label: 'Open the review queue', href: '/review' },
	});
}

function kpi(label, value, note) {
	return h('div', { class: 'kpi' }, h('dt', {}, label), h('dd', {}, value, note ? h('span', { class: 'kpi-note' }, note) : null));
}

/** Pearson's r in words, for someone who does not read the statistic. */
function strength(r) {
	if (r === null || r === undefined) {
		return 'too few reviewed answers to tell';
	}
	if (r >= 0.8) {
		return 'strong agreement';
	}
	if (r >= 0.6) {
		return 'moderate agreement';
	}
	if (r >= 0.4) {
		return 'weak agreement';
	}
	if (r > -0.2) {
		return 'little agreement';
	}
	return 'the scores run opposite ways';
}

/** Which way the machine leans against the reviewers, e.g. "4.5 higher". */
function lean(machine, reviewed) {
	if (machine === null || machine === undefined || reviewed === null || reviewed === undefined) {
		return '–';
	}
	const difference = machine - reviewed;
	if (Math.abs(difference) < 0.05) {
		return 'the same';
	}
	return `${format.number(Math.abs(difference), 1)} ${difference > 0 ? 'higher' : 'lower'}`;
}

function overall(figures) {
	return h('section', { 'aria-labelledby': 'overall-heading' },
		h('h2', { id: 'overall-heading' }, 'Overall'),
		h('dl', { class: 'kpis' },
			kpi('Reviewed answers', format.number(figures.reviewed)),
			kpi('Correlation (Pearson r)', format.number(figures.pearson, 2), strength(figures.pearson)),
			kpi('Mean absolute difference', format.number(figures.meanAbsoluteDifference, 1), 'points between the machine\'s score and the reviewed one'),
			kpi('Mean score', `${format.number(figures.meanMachineScore, 1)} / ${format.number(figures.meanReviewedScore, 1)}`,
				`machine / reviewed: the machine scores ${lean(figures.meanMachineScore, figures.meanReviewedScore)}`)));
}

function byDisagreement(a, b) {
	const difference = (b.meanAbsoluteDifference ?? -1) - (a.meanAbsoluteDifference ?? -1);
	return difference || b.reviewed - a.reviewed;
}

/** Texts of the questions the agreement names only by id, from the question bank. */
async function learnQuestionTexts(questions) {
	if (questions.every((q) => q.questionText || questionTexts.has(q.questionId))) {
		return;
	}
	try {
		const bank = await api(`/api/session/questions?programId=${seg(programId)}`);
		(bank || []).forEach((q) => q.text && !questionTexts.has(q.questionId) && questionTexts.set(q.questionId, q.text));
	}
	catch {
		// the ids stand in for the texts
	}
}

function questionText(question) {
	return textWithId(question.questionText || questionTexts.get(question.questionId), question.questionId);
}

function perQuestion(questions) {
	const sorted = [...questions].sort(byDisagreement);
	return h('section', { class: 'card', 'aria-labelledby': 'questions-heading' },
		h('h2', { id: 'questions-heading' }, 'Per question, largest disagreement first'),
		h('p', { class: 'hint' }, 'r: how well the machine\'s scores and the reviewed ones rise and fall together (−1 to 1; blank with too few reviewed answers). Mean absolute difference: how many points apart they are on average.'),
		sorted.length ? dataTable({
			caption: 'Agreement per question',
			captionHidden: true,
			columns: [{ label: 'Question', rowHeader: true }, { label: 'Reviewed', num: true }, { label: 'r', num: true },
				{ label: 'Mean absolute difference' }, { label: 'Machine mean', num: true }, { label: 'Reviewed mean', num: true }, { label: 'The machine scores' }],
			rows: sorted.map((q) => [questionText(q), String(q.reviewed), format.number(q.pearson, 2),
				q.meanAbsoluteDifference === null || q.meanAbsoluteDifference === undefined ? '–' : barCell(q.meanAbsoluteDifference, 100, format.number(q.meanAbsoluteDifference, 1)),
				format.number(q.meanMachineScore, 1), format.number(q.meanReviewedScore, 1), lean(q.meanMachineScore, q.meanReviewedScore)]),
		}) : h('p', { class: 'muted' }, 'No question has reviewed answers yet.'));
}

async function loadCalibration(container) {
	replace(container, loading('Loading the calibration…'));
	let questions;
	try {
		questions = (await api(`/api/scoring/calibration?programId=${seg(programId)}`)) || [];
	}
	catch (error) {
		replace(container, problemBox(error, { title: 'The calibration could not be loaded', retry: () => loadCalibration(container) }));
		return;
	}
	questions.forEach((q) => q.questionText && questionTexts.set(q.questionId, q.questionText));
	replace(container, h('section', { class: 'card', 'aria-labelledby': 'calibration-heading' },
		h('h2', { id: 'calibration-heading' }, 'Calibration of the scorer'),
		h('p', { class: 'hint' }, 'Once a question has enough reviewed answers, the scorer leans on them for new answers. Answers scored before keep their score until you re-score them; reviewed answers keep their reviewer\'s grade.'),
		questions.length ? calibrationTable(questions) : h('p', { class: 'muted' }, 'No question has graded answers yet.')));
}

function calibrationTable(questions) {
	const sorted = [...questions].sort((a, b) => Number(b.rescoreDue) - Number(a.rescoreDue) || b.gradedExamples - a.gradedExamples);
	return dataTable({
		caption: 'Graded answers per question',
		captionHidden: true,
		columns: [{ label: 'Question', rowHeader: true }, { label: 'Graded answers', num: true }, { label: 'Unreviewed answers', num: true }, { label: 'State' }],
		rows: sorted.map((q) => [textWithId(q.questionText, q.questionId),
			q.gradedExamples >= q.minimum ? String(q.gradedExamples) : `${q.gradedExamples} of ${q.minimum} needed`,
			format.number(q.unreviewed), calibrationState(q)]),
	});
}

function calibrationState(question) {
	const cell = h('div', { class: 'calibration-state' });
	if (question.rescoreDue) {
		const button = h('button', { type: 'button', class: 'btn btn-small btn-secondary' }, 'Re-score unreviewed answers',
			h('span', { class: 'visually-hidden' }, ` of “${question.questionText || question.questionId}”`));
		button.addEventListener('click', () => rescore(question, cell, button));
		replace(cell, h('span', { class: 'badge badge-warn' }, 'Re-score due'), button);
	}
	else {
		replace(cell, calibratedBadge(question));
	}
	return cell;
}

function calibratedBadge(question) {
	if (question.gradedExamples >= question.minimum) {
		return h('span', { class: 'badge badge-ok' }, 'Calibrated');
	}
	const missing = question.minimum - question.gradedExamples;
	return h('span', { class: 'badge badge-neutral' }, `${missing} more graded answer${missing === 1 ? '' : 's'} needed`);
}

async function rescore(question, cell, button) {
	button.disabled = true;
	const result = h('div', {}, loading('Re-scoring…'));
	cell.appendChild(result);
	try {
		const done = await api(`/api/scoring/questions/${seg(question.questionId)}/rescore-unreviewed?programId=${seg(programId)}`, { method: 'POST' });
		replace(cell, calibratedBadge(question),
			alertBox('success', null, `${done.rescored} unreviewed answer${done.rescored === 1 ? '' : 's'} re-scored with the ${question.gradedExamples} graded answers.`));
	}
	catch (error) {
		button.disabled = false;
		replace(result, problemBox(error, { title: 'The answers were not re-scored' }));
	}
}
