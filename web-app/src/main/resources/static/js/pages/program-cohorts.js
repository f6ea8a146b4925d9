// Director: the program's cohorts (open, rename, set coaches, close a term) and enrolments
// (add by username, move, remove, import a CSV file, set target roles and decide on
// learners' proposals). Every change is made by session-service and shown as it answers.
import { api, call, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { h, replace, loading, problemBox, alertBox, namesFrom, emptyState, scrollable } from '../ui.js';

const content = document.getElementById('content');
const me = await startPage({ roles: ['director', 'admin'], section: '/program/cohorts' });
const programId = programOf(me);
const base = `/api/session/programs/${seg(programId)}`;
let names;

load();

async function load(notice) {
	replace(content, loading('Loading the cohorts…'));
	let cohorts;
	let enrolments;
	try {
		[cohorts, enrolments, names] = await Promise.all([
			api(`${base}/cohorts`),
			api(`${base}/enrolments`),
			api('/api/session/competency-model').then(namesFrom),
		]);
	}
	catch (error) {
		replace(content, problemBox(error, { title: 'The cohorts could not be loaded', retry: () => load() }));
		return;
	}
	const status = h('div', { id: 'change-status', tabindex: '-1' }, notice || null);
	replace(content, status,
		openCohortForm(),
		cohorts.length
			? cohorts.map((cohort) => cohortCard(cohort, cohorts, enrolments.filter((e) => e.cohortId === cohort.cohortId)))
			: emptyState({ title: 'No cohorts yet', text: 'Open the first cohort above, then enrol its learners.' }),
		cohorts.length ? addLearnerForm(cohorts) : null,
		cohorts.length ? importForm() : null);
	if (notice) {
		status.focus();
	}
}

/** Runs a change and reloads the page with what it did, or shows why it was refused. */
async function change(description, work, where) {
	try {
		await work();
		await load(alertBox('success', description));
	}
	catch (error) {
		replace(where, problemBox(error, { title: 'Not changed' }));
		where.focus();
	}
}

function openCohortForm() {
	const name = h('input', { id: 'new-cohort-name', name: 'name', required: true, maxlength: 100 });
	const id = h('input', { id: 'new-cohort-id', name: 'cohortId', maxlength: 100, 'aria-describedby': 'new-cohort-id-hint' });
	const status = h('div', { tabindex: '-1' });
	const form = h('form', { class: 'card', novalidate: true },
		h('h2', {}, 'Open a cohort'),
		h('div', { class: 'field' }, h('label', { for: 'new-cohort-name' }, 'Name'), name),
		h('div', { class: 'field' }, h('label', { for: 'new-cohort-id' }, 'Cohort id (optional)'), id,
			h('p', { class: 'hint', id: 'new-cohort-id-hint' }, 'Made from the name when left empty, e.g. "Spring 2027" becomes spring-2027.')),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Open cohort')),
		status);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const json = { name: name.value.trim() };
		if (id.value.trim()) {
			json.cohortId = id.value.trim();
		}
		change(`Cohort ${json.name} opened.`, () => api(`${base}/cohorts`, { method: 'POST', json }), status);
	});
	return form;
}

function cohortCard(cohort, cohorts, enrolments) {
	const key = cohort.cohortId;
	const status = h('div', { tabindex: '-1' });
	const rename = h('input', { id: `name-${key}`, value: cohort.name, maxlength: 100 });
	const coaches = h('input', { id: `coaches-${key}`, value: cohort.coachIds.join(', '), 'aria-describedby': `coaches-${key}-hint` });
	const closed = cohort.status === 'CLOSED';
	return h('section', { class: 'card', 'aria-labelledby': `cohort-${key}`, dataset: { cohort: key } },
		h('h2', { id: `cohort-${key}` }, cohort.name, ' ', h('span', { class: `badge ${closed ? 'badge-neutral' : 'badge-ok'}` }, closed ? 'Closed' : 'Open')),
		h('p', { class: 'hint' }, `Cohort id ${key} · revision ${cohort.revision}`),
		h('div', { class: 'field' }, h('label', { for: `name-${key}` }, 'Name'), rename,
			h('button', { type: 'button', class: 'btn btn-small btn-secondary', onClick: () => change(`Cohort renamed to ${rename.value.trim()}.`,
				() => api(`${base}/cohorts/${seg(key)}`, { method: 'PATCH', json: { name: rename.value.trim() } }), status) }, 'Rename')),
		h('div', { class: 'field' }, h('label', { for: `coaches-${key}` }, 'Coaches'), coaches,
			h('p', { class: 'hint', id: `coaches-${key}-hint` }, 'Usernames, separated by commas.'),
			h('button', { type: 'button', class: 'btn btn-small btn-secondary', onClick: () => change(`Coaches of ${cohort.name} saved.`,
				() => api(`${base}/cohorts/${seg(key)}/coaches`, { method: 'PUT', json: { coachIds: coaches.value.split(',').map((c) => c.trim()).filter(Boolean) } }), status) }, 'Save coaches')),
		closed ? null : h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-danger', onClick: () => {
			if (confirm(`Close ${cohort.name}? Its figures stay; nobody starts a new session in it.`)) {
				change(`${cohort.name} closed.`, () => api(`${base}/cohorts/${seg(key)}/close`, { method: 'POST' }), status);
			}
		} }, 'Close the term')),
		status,
		enrolmentTable(cohort, cohorts, enrolments));
}

function enrolmentTable(cohort, cohorts, enrolments) {
	if (!enrolments.length) {
		return h('p', {}, 'No learner is enrolled in this cohort.');
	}
	return scrollable(`Learners of ${cohort.name}`, h('table', { class: 'data' },
		h('caption', {}, `Learners of ${cohort.name}`),
		h('thead', {}, h('tr', {}, ['Learner', 'Target role', 'Cohort', 'Remove'].map((c) => h('th', { scope: 'col' }, c)))),
		h('tbody', {}, enrolments.map((enrolment) => enrolmentRow(enrolment, cohorts)))));
}

function enrolmentRow(enrolment, cohorts) {
	const learner = enrolment.learnerId;
	const status = h('div', { tabindex: '-1' });
	const role = h('select', { id: `role-${learner}`, 'aria-label': `Target role of ${learner}` },
		h('option', { value: '' }, 'Choose a role track'),
		names.roleTracks.map((t) => h('option', { value: t.id, selected: t.id === enrolment.targetRole }, t.name)));
	const move = h('select', { id: `move-${learner}`, 'aria-label': `Cohort of ${learner}` },
		cohorts.filter((c) => c.status === 'OPEN' || c.cohortId === enrolment.cohortId)
			.map((c) => h('option', { value: c.cohortId, selected: c.cohortId === enrolment.cohortId }, c.name)));
	const targetPath = `${base}/enrolments/${seg(learner)}/target-role`;
	const proposal = enrolment.proposedTargetRole
		? h('p', { class: 'proposal' }, h('span', { class: 'badge badge-warn' }, 'Proposed'), ' ', names.roleTrack(enrolment.proposedTargetRole), ' ',
			h('button', { type: 'button', class: 'btn btn-small btn-primary', onClick: () => change(`${learner}'s proposal confirmed.`,
				() => api(targetPath, { method: 'PUT', json: { roleTrack: enrolment.proposedTargetRole } }), status) }, 'Confirm'), ' ',
			h('button', { type: 'button', class: 'btn btn-small btn-secondary', onClick: () => change(`${learner}'s proposal declined.`,
				() => api(`${targetPath}/proposal`, { method: 'DELETE' }), status) }, 'Decline'))
		: null;
	return h('tr', { dataset: { learner } },
		h('th', { scope: 'row' }, learner),
		h('td', {}, role, ' ', h('button', { type: 'button', class: 'btn btn-small btn-secondary', onClick: () => change(`${learner}'s target role set.`,
			() => api(targetPath, { method: 'PUT', json: { roleTrack: role.value } }), status) }, 'Set target role'), proposal, status),
		h('td', {}, move, ' ', h('button', { type: 'button', class: 'btn btn-small btn-secondary', onClick: () => change(`${learner} moved.`,
			() => api(`${base}/enrolments/${seg(learner)}`, { method: 'PUT', json: { cohortId: move.value } }), status) }, 'Move')),
		h('td', {}, h('button', { type: 'button', class: 'btn btn-small btn-danger', onClick: () => {
			if (confirm(`Remove ${learner} from the program?`)) {
				change(`${learner} removed.`, () => api(`${base}/enrolments/${seg(learner)}`, { method: 'DELETE' }), status);
			}
		} }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${learner}`))));
}

function addLearnerForm(cohorts) {
	const username = h('input', { id: 'add-username', required: true, maxlength: 100, autocomplete: 'off' });
	const cohort = h('select', { id: 'add-cohort' }, cohorts.filter((c) => c.status === 'OPEN').map((c) => h('option', { value: c.cohortId }, c.name)));
	const status = h('div', { tabindex: '-1' });
	const form = h('form', { class: 'card', novalidate: true },
		h('h2', {}, 'Enrol a learner'),
		h('div', { class: 'field' }, h('label', { for: 'add-username' }, 'Username'), username),
		h('div', { class: 'field' }, h('label', { for: 'add-cohort' }, 'Cohort'), cohort),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Enrol')),
		status);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const learner = username.value.trim();
		change(`${learner} enrolled.`, () => api(`${base}/enrolments/${seg(learner)}`, { method: 'PUT', json: { cohortId: cohort.value } }), status);
	});
	return form;
}

function importForm() {
	const file = h('input', { id: 'import-file', type: 'file', accept: '.csv,text/csv', 'aria-describedby': 'import-hint' });
	const status = h('div', { id: 'import-status', tabindex: '-1' });
	const form = h('form', { class: 'card', novalidate: true },
		h('h2', {}, 'Import enrolments'),
		h('p', { class: 'hint', id: 'import-hint' }, 'A CSV file with the header username,cohort or username,cohort,targetRole. The whole file is checked first: with any error nothing changes and every line\'s error is listed.'),
		h('div', { class: 'field' }, h('label', { for: 'import-file' }, 'CSV file'), file),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Import')),
		status);
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		if (!file.files.length) {
			replace(status, alertBox('error', 'Choose a CSV file first.'));
			status.focus();
			return;
		}
		try {
			const { data } = await call(`${base}/enrolments/import`, { method: 'POST', body: await file.files[0].text(), contentType: 'text/csv' });
			await load(alertBox('success', 'Enrolments imported', h('ul', { class: 'plain' },
				['enrolled', 'moved', 'unchanged', 'targetRoleSet'].map((outcome) => h('li', {},
					`${{ enrolled: 'Enrolled', moved: 'Moved', unchanged: 'Unchanged', targetRoleSet: 'Target role set' }[outcome]}: ${data[outcome].length ? data[outcome].join(', ') : 'none'}`)))));
		}
		catch (error) {
			const lines = error.problem?.errors || [];
			replace(status, lines.length
				? alertBox('error', 'Nothing was imported', error.message, h('ul', { class: 'plain' }, lines.map((e) => h('li', {}, `Line ${e.line}: ${e.message}`))))
				: problemBox(error, { title: 'Nothing was imported' }));
			status.focus();
		}
	});
	return form;
}
