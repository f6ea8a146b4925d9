// Staff: download a cohort's or the program's figures as CSV or JSON, optionally for a date
// range. Downloads stream from analytics-service through the web app.
import { startPage, programOf } from '../layout.js';
import { cohortsOf } from '../cohort-list.js';
import { api, seg } from '../api.js';
import { h, replace, loading, problemBox, alertBox, emptyState, queryParam } from '../ui.js';

const DATASETS = [
	{ id: 'summary', title: 'Summary', text: 'Headline figures: learners, readiness rate, answers, mean score, sessions.' },
	{ id: 'matrix', title: 'Learners × competencies', text: 'One row per learner: mastery and answers per competency, readiness and what blocks it.' },
	{ id: 'questions', title: 'Questions', text: 'One row per question: attempts, learners, mean score and discrimination.' },
	{ id: 'agreement', title: 'Scorer and reviewer agreement', text: 'Overall and one row per reviewed question: reviewed answers, correlation, mean absolute difference, mean machine and reviewed scores.' },
];

const content = document.getElementById('content');
const me = await startPage({ roles: ['coach', 'director', 'admin'] });
const programId = programOf(me);
const managesProgram = me.role === 'director' || me.role === 'admin';

load();

async function load() {
	replace(content, loading('Loading your cohorts…'));
	let cohorts;
	try {
		cohorts = (await cohortsOf(me, programId)).cohortIds;
	}
	catch (error) {
		replace(content, problemBox(error, { retry: load }));
		return;
	}
	replace(content, form(cohorts));
}

function radio(name, value, title, text, checked) {
	return h('label', { class: 'choice' }, h('input', { type: 'radio', name, value, checked }),
		h('span', {}, h('span', { class: 'choice-title' }, title), text ? h('span', { class: 'choice-text' }, text) : null));
}

function form(cohorts) {
	const preselected = queryParam('cohort');
	const link = h('div', { id: 'download' });
	const scopeChoices = [];
	if (cohorts.length) {
		scopeChoices.push(h('div', { class: 'choice' }, h('input', { type: 'radio', id: 'scope-cohort', name: 'scope', value: 'cohort', checked: true }),
			h('span', {}, h('label', { for: 'scope-cohort', class: 'choice-title' }, 'One cohort'),
				h('label', { for: 'cohort', class: 'choice-text' }, 'Cohort'),
				h('select', { id: 'cohort', name: 'cohort' }, cohorts.map((id) => h('option', { value: id, selected: id === preselected }, id))))));
	}
	if (managesProgram) {
		scopeChoices.push(radio('scope', 'program', `The whole program (${programId})`, 'Every cohort of the program together.', !cohorts.length));
	}
	if (!scopeChoices.length) {
		return alertBox('info', 'Nothing to export yet', 'Your account names no cohort. Ask your program director to assign you one.');
	}
	const element = h('form', { class: 'card', novalidate: true },
		h('fieldset', {}, h('legend', {}, 'What to export'), h('div', { class: 'choices' }, scopeChoices)),
		h('fieldset', {}, h('legend', {}, 'Dataset'), h('div', { class: 'choices' }, DATASETS.map((d, i) => radio('dataset', d.id, d.title, d.text, i === 0)))),
		h('fieldset', {}, h('legend', {}, 'Format'), h('div', { class: 'inline-choices' },
			h('label', {}, h('input', { type: 'radio', name: 'format', value: 'csv', checked: true }), 'CSV (spreadsheets)'),
			h('label', {}, h('input', { type: 'radio', name: 'format', value: 'json' }), 'JSON (other tools)'))),
		h('fieldset', {}, h('legend', {}, 'Period (optional)'),
			h('p', { class: 'hint', id: 'period-hint' }, 'Counts only what happened between these days, both included (UTC). Leave empty for everything.'),
			h('div', { class: 'inline-choices' },
				h('div', { class: 'field' }, h('label', { for: 'from' }, 'From'), h('input', { type: 'date', id: 'from', name: 'from', 'aria-describedby': 'period-hint' })),
				h('div', { class: 'field' }, h('label', { for: 'to' }, 'To'), h('input', { type: 'date', id: 'to', name: 'to', 'aria-describedby': 'period-hint' })))),
		link,
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Download')));
	element.addEventListener('submit', (event) => {
		event.preventDefault();
		download(element, link);
	});
	return element;
}

async function download(element, link) {
	const data = new FormData(element);
	const from = data.get('from');
	const to = data.get('to');
	if (from && to && to < from) {
		replace(link, alertBox('error', null, 'The end of the period is before its start.'));
		element.querySelector('#to').focus();
		return;
	}
	const program = data.get('scope') === 'program';
	const scope = program ? `programs/${seg(programId)}` : `cohorts/${seg(data.get('cohort'))}`;
	const query = new URLSearchParams({ format: data.get('format') });
	if (from) {
		query.set('from', from);
	}
	if (to) {
		query.set('to', to);
	}
	const dataset = data.get('dataset');
	const button = element.querySelector('button[type=submit]');
	button.disabled = true;
	replace(link, loading('Checking what the export holds…'));
	let empty;
	try {
		empty = await whyEmpty(scope, dataset, query, { name: program ? `program ${programId}` : `cohort ${data.get('cohort')}`, period: periodOf(from, to) });
	}
	catch (error) {
		replace(link, problemBox(error, { title: 'The export could not be prepared' }));
		return;
	}
	finally {
		button.disabled = false;
	}
	if (empty) {
		replace(link, emptyState({ title: 'Nothing to export', text: empty }));
		return;
	}
	const url = `/api/analytics/${scope}/exports/${dataset}?${query}`;
	replace(link, alertBox('success', 'Your download is starting', h('p', { class: 'small' }, 'If it does not, use this link: ', h('a', { href: url }, url))));
	location.assign(url);
}

function periodOf(from, to) {
	if (from && to) {
		return `from ${from} to ${to}`;
	}
	if (from) {
		return `since ${from}`;
	}
	return to ? `until ${to}` : '';
}

/**
 * Why the dataset would have no rows, or null when it has some: the summary of the same
 * scope and period counts its learners and answers, the agreement its reviewed answers.
 * A refused or unknown scope throws the service's problem.
 */
async function whyEmpty(scope, dataset, query, { name, period }) {
	const json = new URLSearchParams(query);
	json.set('format', 'json');
	const when = period ? ` ${period}` : ' yet';
	const wider = period ? ' Choose a wider period, or none.' : '';
	if (dataset === 'agreement') {
		const rows = (await api(`/api/analytics/${scope}/exports/agreement?${json}`)) || [];
		return rows[0]?.reviewed ? null : `No reviewed answers in ${name}${when}: agreement counts the answers a coach or director has reviewed.${wider}`;
	}
	const [summary] = (await api(`/api/analytics/${scope}/exports/summary?${json}`)) || [];
	if (!summary?.learners) {
		return `No learner of ${name} practised${when}: figures appear once a learner starts a session or answers a question.${wider}`;
	}
	if (dataset === 'questions' && !summary.answers) {
		return `No answers scored in ${name}${when}: a question appears once a learner answers it.${wider}`;
	}
	return null;
}
