// Learner: choose a role track and a mode, then start practising.
import { api, seg } from '../api.js';
import { startPage } from '../layout.js';
import { startSession, activeSession, forgetActive } from '../practice-start.js';
import { assignedToMe } from '../assignments-due.js';
import { h, replace, loading, problemBox, alertBox, namesFrom, queryParam } from '../ui.js';

const MODES = [
	{ id: 'mock-interview', title: 'Mock interview', text: 'A realistic mix of behavioral, technical and situational questions, as in a real interview.' },
	{ id: 'practice-set', title: 'Practice set', text: 'Choose the question types and difficulty you want to work on.' },
	{ id: 'targeted', title: 'Targeted drill', text: 'Questions on your weakest competencies. Needs a few scored answers first.' },
];

const TYPES = [['behavioral', 'Behavioral'], ['technical', 'Technical'], ['situational', 'Situational']];
const DIFFICULTIES = [['beginner', 'Beginner'], ['intermediate', 'Intermediate'], ['advanced', 'Advanced']];
const LAST_TRACK = 'readyroom.lastRoleTrack';

const content = document.getElementById('content');
const me = await startPage({ roles: ['learner'] });
replace(content, loading('Loading role tracks…'));

let model;
try {
	model = await api('/api/session/competency-model');
}
catch (error) {
	replace(content, problemBox(error, { retry: () => location.reload() }));
	throw error;
}
const names = namesFrom(model);
replace(content, await resumeCard(), await assignedToMe(names, localStorage.getItem(LAST_TRACK)), form());

async function resumeCard() {
	const active = activeSession();
	if (!active || active.learnerId !== me.id) {
		return null;
	}
	try {
		const session = await api(`/api/session/sessions/${seg(active.sessionId)}`);
		if (session.status !== 'ACTIVE') {
			forgetActive(active.sessionId);
			return null;
		}
		return h('section', { class: 'alert alert-info', 'aria-labelledby': 'resume-heading' },
			h('h2', { id: 'resume-heading', class: 'alert-title' }, 'You have a session in progress'),
			h('p', {}, `${names.roleTrack(session.roleTrack)}: ${session.answeredQuestions} of ${session.plan.length} questions answered.`),
			h('a', { class: 'btn btn-primary', href: `/practice/sessions/${seg(session.sessionId)}` }, 'Resume session'));
	}
	catch {
		forgetActive(active.sessionId);
		return null;
	}
}

function radio(name, value, title, text, checked) {
	return h('label', { class: 'choice' },
		h('input', { type: 'radio', name, value, checked, required: true }),
		h('span', {}, h('span', { class: 'choice-title' }, title), text ? h('span', { class: 'choice-text' }, text) : null));
}

function checkboxes(name, options) {
	return h('div', { class: 'inline-choices' }, options.map(([value, label]) => h('label', {},
		h('input', { type: 'checkbox', name, value }), label)));
}

function form() {
	const preferredTrack = queryParam('roleTrack') || localStorage.getItem(LAST_TRACK) || names.roleTracks[0]?.id;
	const preferredMode = MODES.some((mode) => mode.id === queryParam('mode')) ? queryParam('mode') : 'mock-interview';
	const status = h('div', { id: 'start-status' });
	const practiceSetOptions = h('div', { id: 'practice-set-options', hidden: preferredMode !== 'practice-set' },
		h('fieldset', {}, h('legend', {}, 'Question types'), h('p', { class: 'hint' }, 'Leave all unticked for every type.'), checkboxes('types', TYPES)),
		h('fieldset', {}, h('legend', {}, 'Difficulty'), h('p', { class: 'hint' }, 'Leave all unticked for every level.'), checkboxes('difficulties', DIFFICULTIES)));
	const cohortField = me.cohortIds.length > 1
		? h('div', { class: 'field' }, h('label', { for: 'cohort' }, 'Cohort'),
			h('select', { id: 'cohort', name: 'cohortId' }, me.cohortIds.map((id) => h('option', { value: id }, id))))
		: null;
	const element = h('form', { class: 'card', novalidate: true },
		h('fieldset', {}, h('legend', {}, 'Role track'),
			h('div', { class: 'choices' }, names.roleTracks.map((track) => radio('roleTrack', track.id, track.name, track.description, track.id === preferredTrack)))),
		h('fieldset', {}, h('legend', {}, 'Mode'),
			h('div', { class: 'choices' }, MODES.map((mode) => radio('mode', mode.id, mode.title, mode.text, mode.id === preferredMode)))),
		practiceSetOptions,
		h('div', { class: 'field' },
			h('label', { for: 'question-count' }, 'Number of questions'),
			h('p', { class: 'hint', id: 'question-count-hint' }, 'From 1 to 20. Five take about 15 minutes.'),
			h('input', { id: 'question-count', name: 'questionCount', type: 'number', min: 1, max: 20, value: 5, required: true, 'aria-describedby': 'question-count-hint' })),
		cohortField,
		status,
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary btn-large' }, 'Start practice')));
	element.addEventListener('change', (event) => {
		if (event.target.name === 'mode') {
			practiceSetOptions.hidden = event.target.value !== 'practice-set';
		}
	});
	element.addEventListener('submit', (event) => {
		event.preventDefault();
		start(element, status);
	});
	return element;
}

async function start(element, status) {
	const data = new FormData(element);
	const count = Number(data.get('questionCount'));
	if (!data.get('roleTrack')) {
		replace(status, alertBox('error', 'Choose a role track'));
		return;
	}
	if (!Number.isInteger(count) || count < 1 || count > 20) {
		replace(status, alertBox('error', null, 'The number of questions must be from 1 to 20.'));
		element.querySelector('#question-count').focus();
		return;
	}
	const request = { roleTrack: data.get('roleTrack'), mode: data.get('mode'), questionCount: count };
	if (request.mode === 'practice-set') {
		request.types = data.getAll('types');
		request.difficulties = data.getAll('difficulties');
	}
	if (data.get('cohortId')) {
		request.cohortId = data.get('cohortId');
	}
	localStorage.setItem(LAST_TRACK, request.roleTrack);
	const button = element.querySelector('button[type=submit]');
	button.disabled = true;
	replace(status, loading('Drawing your questions…'));
	try {
		await startSession(request);
	}
	catch (error) {
		button.disabled = false;
		replace(status, problemBox(error, { title: 'The session could not start' }),
			request.mode === 'targeted' && error.status === 422
				? h('p', {}, 'A targeted drill needs your weak areas, which appear once some answers are scored. Try a mock interview first.')
				: null);
	}
}
