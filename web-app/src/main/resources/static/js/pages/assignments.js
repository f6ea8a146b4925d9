// Staff: one cohort's assignments. A form to assign a practice set or a targeted drill to the
// cohort or one of its learners with a due date, and the cohort's assignments with how many of
// its learners have done each, late or not, and how many are overdue; each can be withdrawn.
import { api, seg } from '../api.js';
import { startPage } from '../layout.js';
import { modeName, statusOf, whatItAsks } from '../assignment-text.js';
import { h, replace, loading, problemBox, alertBox, emptyState, format, namesFrom, pathParam, dataTable, announce } from '../ui.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const content = document.getElementById('content');
const title = document.getElementById('page-title');
const cohortId = pathParam(1);
const base = `/api/session/cohorts/${seg(cohortId)}/assignments`;
await startPage({ roles: ['coach', 'director', 'admin'], section: '/cohorts' });

title.textContent = `Assignments of ${cohortId}`;
document.title = `Assignments of ${cohortId} · Readyroom`;
replace(content, loading('Loading the competency model…'));
let names;
try {
	names = namesFrom(await api('/api/session/competency-model'));
}
catch (error) {
	replace(content, problemBox(error, { retry: () => location.reload() }));
	throw error;
}
const list = h('div', { id: 'assignment-list' });
replace(content,
	h('p', { class: 'breadcrumb' }, h('a', { href: `/cohorts/${seg(cohortId)}` }, `← Cohort ${cohortId}`)),
	section('assign-heading', 'Assign practice', assignForm()),
	section('assignments-heading', 'The cohort\'s assignments', list));
loadList();

function section(id, heading, ...body) {
	return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, heading), body);
}

/** The default due date: three days from now, at 17:00 local time, as a datetime-local value. */
function defaultDue() {
	const due = new Date(Date.now() + 3 * DAY_MS);
	due.setHours(17, 0, 0, 0);
	const local = new Date(due.getTime() - due.getTimezoneOffset() * 60000);
	return local.toISOString().slice(0, 16);
}

function radio(name, value, label, text, checked) {
	return h('label', { class: 'choice' },
		h('input', { type: 'radio', name, value, checked, required: true }),
		h('span', {}, h('span', { class: 'choice-title' }, label), h('span', { class: 'choice-text' }, text)));
}

function assignForm() {
	const status = h('div', { id: 'assign-status' });
	const competencies = h('fieldset', { id: 'assign-competencies', hidden: true },
		h('legend', {}, 'Competencies to drill'),
		h('p', { class: 'hint' }, 'Leave all unticked to drill each learner\'s weakest competencies.'),
		h('div', { class: 'inline-choices' }, names.competencies.map((competency) => h('label', {},
			h('input', { type: 'checkbox', name: 'competencyIds', value: competency.id }), competency.name))));
	const form = h('form', { id: 'assign-form', novalidate: true },
		h('div', { class: 'field' }, h('label', { for: 'assign-title' }, 'Title'),
			h('input', { id: 'assign-title', name: 'title', type: 'text', maxlength: 200, required: true, placeholder: 'Week 3: release of information' })),
		h('fieldset', {}, h('legend', {}, 'What to practise'),
			h('div', { class: 'choices' },
				radio('mode', 'practice-set', modeName('practice-set'), 'Questions of every type on the role track.', true),
				radio('mode', 'targeted', modeName('targeted'), 'Questions on chosen competencies, or on each learner\'s weakest.', false))),
		competencies,
		h('div', { class: 'field' }, h('label', { for: 'assign-role-track' }, 'Role track'),
			h('select', { id: 'assign-role-track', name: 'roleTrack' },
				h('option', { value: '' }, 'Each learner\'s own target role'),
				names.roleTracks.map((track) => h('option', { value: track.id }, track.name)))),
		h('div', { class: 'field' }, h('label', { for: 'assign-count' }, 'Number of questions'),
			h('p', { class: 'hint', id: 'assign-count-hint' }, 'From 1 to 20.'),
			h('input', { id: 'assign-count', name: 'questionCount', type: 'number', min: 1, max: 20, value: 5, required: true, 'aria-describedby': 'assign-count-hint' })),
		h('div', { class: 'field' }, h('label', { for: 'assign-due' }, 'Due'),
			h('input', { id: 'assign-due', name: 'dueAt', type: 'datetime-local', value: defaultDue(), required: true })),
		h('div', { class: 'field' }, h('label', { for: 'assign-learner' }, 'For one learner (optional)'),
			h('p', { class: 'hint', id: 'assign-learner-hint' }, 'A learner\'s user name; leave empty for the whole cohort.'),
			h('input', { id: 'assign-learner', name: 'learnerId', type: 'text', 'aria-describedby': 'assign-learner-hint' })),
		status,
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Assign')));
	form.addEventListener('change', (event) => {
		if (event.target.name === 'mode') {
			competencies.hidden = event.target.value !== 'targeted';
		}
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		assign(form, status);
	});
	return form;
}

async function assign(form, status) {
	const data = new FormData(form);
	const due = new Date(String(data.get('dueAt')));
	if (!String(data.get('title')).trim() || Number.isNaN(due.getTime())) {
		replace(status, alertBox('error', 'Name the assignment and its due date'));
		return;
	}
	const request = {
		title: String(data.get('title')).trim(),
		mode: data.get('mode'),
		questionCount: Number(data.get('questionCount')),
		dueAt: due.toISOString(),
	};
	if (data.get('roleTrack')) {
		request.roleTrack = data.get('roleTrack');
	}
	if (request.mode === 'targeted') {
		request.competencyIds = data.getAll('competencyIds');
	}
	if (String(data.get('learnerId')).trim()) {
		request.learnerId = String(data.get('learnerId')).trim();
	}
	const button = form.querySelector('button[type=submit]');
	button.disabled = true;
	try {
		const assigned = await api(base, { method: 'POST', json: request });
		replace(status, alertBox('success', 'Assigned', `"${assigned.title}" is due ${format.dateTime(assigned.dueAt)}.`));
		announce(`Assigned ${assigned.title}`);
		form.querySelector('#assign-title').value = '';
		loadList();
	}
	catch (error) {
		replace(status, problemBox(error, { title: 'Nothing was assigned' }));
	}
	finally {
		button.disabled = false;
	}
}

async function loadList() {
	replace(list, loading('Loading the assignments…'));
	try {
		const assignments = await api(base);
		replace(list, assignments.length ? table(assignments) : emptyState({ title: 'Nothing assigned yet', text: 'Assign a practice set or a targeted drill above.', headingLevel: 'h3' }));
	}
	catch (error) {
		replace(list, problemBox(error, { title: 'The assignments could not be loaded', retry: loadList }));
	}
}

function table(assignments) {
	return dataTable({
		caption: `${assignments.length} assignment${assignments.length === 1 ? '' : 's'}, soonest due first`,
		columns: [{ label: 'Assignment', rowHeader: true }, { label: 'For' }, { label: 'Due' }, { label: 'Done', num: true }, { label: 'Late', num: true }, { label: 'Overdue', num: true }, { label: '' }],
		rows: assignments.map((assignment) => [
			h('span', { dataset: { assignmentId: assignment.assignmentId } }, h('strong', {}, assignment.title), h('br'),
				h('span', { class: 'small muted' }, whatItAsks(assignment, names))),
			assignment.learnerId || 'Whole cohort',
			format.dateTime(assignment.dueAt),
			h('span', { class: 'done-count' }, `${assignment.completion.done} of ${assignment.completion.learners} done`),
			String(assignment.completion.late),
			assignment.completion.overdue ? h('span', { class: `badge ${statusOf('overdue').badge}` }, String(assignment.completion.overdue)) : '0',
			assignment.withdrawn
				? h('span', { class: 'badge badge-neutral' }, 'Withdrawn')
				: h('button', { type: 'button', class: 'btn btn-secondary btn-small', 'aria-label': `Withdraw ${assignment.title}`, onClick: () => withdraw(assignment) }, 'Withdraw'),
		]),
	});
}

async function withdraw(assignment) {
	if (!confirm(`Withdraw "${assignment.title}"? Learners are no longer asked to do it; sessions they started from it stay.`)) {
		return;
	}
	try {
		await api(`/api/session/assignments/${seg(assignment.assignmentId)}`, { method: 'DELETE' });
		announce(`Withdrew ${assignment.title}`);
		loadList();
	}
	catch (error) {
		replace(list, problemBox(error, { title: 'The assignment could not be withdrawn', retry: loadList }));
	}
}
