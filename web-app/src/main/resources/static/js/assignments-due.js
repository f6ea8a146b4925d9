// Learner: what coaches assigned, on the practice page. Due and overdue assignments, soonest
// first, each with a Start button that starts the session the assignment sets; done ones
// after them, saying whether they were done on time.
import { api } from './api.js';
import { startSession } from './practice-start.js';
import { modeName, statusOf, whatItAsks } from './assignment-text.js';
import { h, replace, loading, problemBox, format } from './ui.js';

/**
 * The "Assigned to you" section, or nothing when nothing is assigned. lastTrack: the role
 * track to practise where an assignment leaves it to the learner.
 */
export async function assignedToMe(names, lastTrack) {
	let assignments;
	try {
		assignments = await api('/api/session/assignments/mine');
	}
	catch (error) {
		return h('section', { class: 'card', 'aria-labelledby': 'assigned-heading' },
			h('h2', { id: 'assigned-heading' }, 'Assigned to you'),
			problemBox(error, { title: 'Your assignments could not be loaded' }));
	}
	if (!assignments.length) {
		return null;
	}
	const open = assignments.filter((assignment) => assignment.status === 'due' || assignment.status === 'overdue');
	const done = assignments.filter((assignment) => !open.includes(assignment));
	return h('section', { class: 'card', id: 'assigned', 'aria-labelledby': 'assigned-heading' },
		h('h2', { id: 'assigned-heading' }, 'Assigned to you'),
		open.length
			? h('ul', { class: 'checklist', id: 'assignments-due' }, open.map((assignment) => item(assignment, names, lastTrack)))
			: h('p', { class: 'muted' }, 'Nothing due: everything assigned to you is done.'),
		done.length
			? [h('h3', {}, 'Done'), h('ul', { class: 'checklist', id: 'assignments-done' }, done.map((assignment) => item(assignment, names, lastTrack)))]
			: null);
}

function item(assignment, names, lastTrack) {
	const status = statusOf(assignment.status);
	const when = assignment.completedAt
		? `done ${format.dateTime(assignment.completedAt)}, due ${format.dateTime(assignment.dueAt)}`
		: `due ${format.dateTime(assignment.dueAt)}`;
	const note = h('div', {});
	const open = assignment.status === 'due' || assignment.status === 'overdue';
	return h('li', { class: 'assignment', dataset: { assignmentId: assignment.assignmentId } },
		h('p', {}, h('strong', {}, assignment.title), ' ',
			h('span', { class: `badge ${status.badge}` }, status.label)),
		h('p', { class: 'small muted' }, whatItAsks(assignment, names), ' · ', when),
		open ? h('div', { class: 'actions' }, h('button', {
			type: 'button',
			class: 'btn btn-primary btn-small',
			'aria-label': `Start ${modeName(assignment.mode).toLowerCase()}: ${assignment.title}`,
			onClick: (event) => start(event.currentTarget, assignment, names, lastTrack, note),
		}, 'Start')) : null,
		note);
}

async function start(button, assignment, names, lastTrack, note) {
	const request = { assignmentId: assignment.assignmentId };
	if (!assignment.roleTrack) {
		request.roleTrack = lastTrack || names.roleTracks[0]?.id;
	}
	button.disabled = true;
	replace(note, loading('Drawing your questions…'));
	try {
		await startSession(request);
	}
	catch (error) {
		button.disabled = false;
		replace(note, problemBox(error, { title: 'The assignment could not start' }));
	}
}
