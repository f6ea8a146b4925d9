// Director: the readiness thresholds of the program's role tracks. For each competency a
// role needs: the mastery to reach and the scored answers behind it.
import { api, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { h, replace, loading, problemBox, alertBox, namesFrom, queryParam, scrollable } from '../ui.js';

const content = document.getElementById('content');
const me = await startPage({ roles: ['director', 'admin'] });
const programId = programOf(me);
let names;
let inForce;

load(queryParam('roleTrack'));

async function load(selectedTrack) {
	replace(content, loading('Loading the readiness rules…'));
	try {
		const [model, rules] = await Promise.all([
			api('/api/session/competency-model'),
			api(`/api/analytics/programs/${seg(programId)}/readiness-rules`),
		]);
		names = namesFrom(model);
		inForce = rules || {};
	}
	catch (error) {
		replace(content, problemBox(error, { title: 'The readiness rules could not be loaded', retry: () => load(selectedTrack) }));
		return;
	}
	const tracks = names.roleTracks;
	const current = tracks.some((t) => t.id === selectedTrack) ? selectedTrack : tracks[0]?.id;
	const select = h('select', { id: 'role-track' }, tracks.map((t) => h('option', { value: t.id, selected: t.id === current }, t.name)));
	const editor = h('div', {});
	select.addEventListener('change', () => {
		history.replaceState(null, '', `?roleTrack=${seg(select.value)}${queryParam('program') ? `&program=${seg(queryParam('program'))}` : ''}`);
		replace(editor, editorFor(select.value));
	});
	replace(content, h('div', { class: 'card' },
		h('div', { class: 'field' }, h('label', { for: 'role-track' }, 'Role track'), select),
		editor));
	replace(editor, editorFor(current));
}

function isDefault(roleTrack, requirements) {
	const defaults = names.track(roleTrack)?.requires || [];
	const key = (list) => JSON.stringify([...list].map((r) => [r.competency, r.threshold, r.minAnswers]).sort());
	return key(defaults) === key(requirements);
}

function editorFor(roleTrack) {
	const requirements = inForce[roleTrack] || names.track(roleTrack)?.requires || [];
	const rows = h('tbody', {});
	const status = h('div', { tabindex: '-1' });
	const addRow = (requirement) => rows.appendChild(requirementRow(requirement, rows));
	requirements.forEach(addRow);
	const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save rules');
	const form = h('form', { novalidate: true },
		h('p', {}, isDefault(roleTrack, requirements)
			? h('span', { class: 'badge badge-neutral' }, 'The default rules')
			: h('span', { class: 'badge badge-warn' }, 'Your program\'s own rules')),
		h('p', { class: 'hint' }, 'A learner is ready when every competency listed reaches its mastery with at least that many scored answers. Changes apply at once to every report and dashboard.'),
		scrollable('Requirements', h('table', { class: 'data' },
			h('caption', {}, `Requirements for ${names.roleTrack(roleTrack)}`),
			h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competency'), h('th', { scope: 'col' }, 'Mastery needed (0–100)'), h('th', { scope: 'col' }, 'Answers needed'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Remove')))),
			rows)),
		h('div', { class: 'actions' },
			h('button', { type: 'button', class: 'btn btn-secondary', onClick: () => {
				addRow({ competency: '', threshold: 70, minAnswers: 2 });
				rows.lastElementChild.querySelector('select').focus();
			} }, 'Add a competency'),
			save,
			h('button', { type: 'button', class: 'btn btn-danger', onClick: () => reset(roleTrack, status) }, 'Reset to the defaults')),
		status);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		saveRules(roleTrack, rows, status, save);
	});
	return form;
}

function requirementRow(requirement, rows) {
	const index = rows.children.length + Math.floor(Math.random() * 1e6);
	const select = h('select', { id: `competency-${index}`, name: 'competency', 'aria-label': 'Competency' },
		h('option', { value: '' }, 'Choose a competency'),
		names.competencies.map((c) => h('option', { value: c.id, selected: c.id === requirement.competency }, c.name)));
	const threshold = h('input', { type: 'number', name: 'threshold', min: 0, max: 100, value: requirement.threshold });
	const minAnswers = h('input', { type: 'number', name: 'minAnswers', min: 1, value: requirement.minAnswers });
	const row = h('tr', {}, h('td', {}, select), h('td', {}, threshold), h('td', {}, minAnswers), h('td', {}));
	const remove = h('button', { type: 'button', class: 'btn btn-small btn-danger', onClick: () => {
		const next = row.nextElementSibling || row.previousElementSibling;
		row.remove();
		next?.querySelector('select')?.focus();
	} }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${names.competency(requirement.competency) || 'this competency'}`));
	row.lastElementChild.appendChild(remove);
	const name = () => (select.value ? names.competency(select.value) : 'the new competency');
	const label = () => {
		threshold.setAttribute('aria-label', `Mastery needed for ${name()}`);
		minAnswers.setAttribute('aria-label', `Answers needed for ${name()}`);
		remove.querySelector('.visually-hidden').textContent = ` ${name()}`;
	};
	select.addEventListener('change', label);
	label();
	return row;
}

function collect(rows) {
	const requires = [];
	const problems = [];
	const seen = new Set();
	[...rows.children].forEach((row, i) => {
		const competency = row.querySelector('[name=competency]').value;
		const threshold = Number(row.querySelector('[name=threshold]').value);
		const minAnswers = Number(row.querySelector('[name=minAnswers]').value);
		if (!competency) {
			problems.push(`Row ${i + 1}: choose a competency.`);
		}
		else if (seen.has(competency)) {
			problems.push(`Row ${i + 1}: ${names.competency(competency)} is listed twice.`);
		}
		seen.add(competency);
		if (!Number.isInteger(threshold) || threshold < 0 || threshold > 100) {
			problems.push(`Row ${i + 1}: the mastery needed must be a whole number from 0 to 100.`);
		}
		if (!Number.isInteger(minAnswers) || minAnswers < 1) {
			problems.push(`Row ${i + 1}: at least 1 answer is needed.`);
		}
		requires.push({ competency, threshold, minAnswers });
	});
	if (!requires.length) {
		problems.push('A role track needs at least one competency.');
	}
	return { requires, problems };
}

async function saveRules(roleTrack, rows, status, save) {
	const { requires, problems } = collect(rows);
	if (problems.length) {
		replace(status, alertBox('error', 'Check the rules', h('ul', { class: 'plain' }, problems.map((p) => h('li', {}, p)))));
		status.focus();
		return;
	}
	save.disabled = true;
	replace(status, loading('Saving…'));
	try {
		inForce[roleTrack] = await api(`/api/analytics/programs/${seg(programId)}/readiness-rules/${seg(roleTrack)}`, { method: 'PUT', json: { requires } });
		replace(status, alertBox('success', 'Rules saved', `Readiness for ${names.roleTrack(roleTrack)} is now judged by them.`));
	}
	catch (error) {
		replace(status, problemBox(error, { title: 'The rules were not saved' }));
	}
	finally {
		save.disabled = false;
		status.focus();
	}
}

async function reset(roleTrack, status) {
	if (!confirm(`Reset the rules for ${names.roleTrack(roleTrack)} to the defaults?`)) {
		return;
	}
	replace(status, loading('Resetting…'));
	try {
		await api(`/api/analytics/programs/${seg(programId)}/readiness-rules/${seg(roleTrack)}`, { method: 'DELETE' });
		await load(roleTrack);
		content.querySelector('[role=status], .alert')?.focus?.();
	}
	catch (error) {
		replace(status, problemBox(error, { title: 'The rules were not reset' }));
	}
}
