// A learner's target role on their report: the role staff set, a proposal of their own while
// staff have not decided on it, and a form to propose one.
import { api, seg } from './api.js';
import { h, replace, problemBox, alertBox, namesFrom } from './ui.js';

/** Shows the signed-in learner's target role in container; nothing when they are not enrolled. */
export async function showTargetRole(container, me) {
	const path = `/api/session/programs/${seg(me.programId)}/enrolments/${seg(me.id)}`;
	let enrolment;
	let names;
	try {
		[enrolment, names] = await Promise.all([api(path), api('/api/session/competency-model').then(namesFrom)]);
	}
	catch (error) {
		if (error.status !== 404) {
			replace(container, problemBox(error, { title: 'Your target role could not be loaded' }));
		}
		return;
	}
	render(container, enrolment, names, path);
}

function render(container, enrolment, names, path, notice) {
	const select = h('select', { id: 'proposed-role' },
		names.roleTracks.map((t) => h('option', { value: t.id, selected: t.id === (enrolment.proposedTargetRole || enrolment.targetRole) }, t.name)));
	const status = h('div', { tabindex: '-1' }, notice || null);
	const form = h('form', { class: 'inline-form', novalidate: true },
		h('div', { class: 'field' }, h('label', { for: 'proposed-role' }, 'Propose a target role'), select),
		h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Propose'));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		try {
			const changed = await api(`${path}/target-role/proposal`, { method: 'POST', json: { roleTrack: select.value } });
			render(container, changed, names, path, alertBox('success', 'Proposal sent', 'Your coach or director confirms it or keeps your current target role.'));
			container.querySelector('[role=status]')?.focus();
		}
		catch (error) {
			replace(status, problemBox(error, { title: 'Your proposal was not sent' }));
			status.focus();
		}
	});
	replace(container, h('section', { class: 'card', 'aria-labelledby': 'target-role-heading' },
		h('h2', { id: 'target-role-heading' }, 'Your target role'),
		h('p', { id: 'current-target-role' }, enrolment.targetRole
			? ['You prepare for ', h('strong', {}, names.roleTrack(enrolment.targetRole)), '.']
			: 'No target role has been set for you yet.'),
		enrolment.proposedTargetRole
			? h('p', { id: 'pending-proposal' }, h('span', { class: 'badge badge-warn' }, 'Pending'), ' You proposed ',
				h('strong', {}, names.roleTrack(enrolment.proposedTargetRole)), '; it counts once staff confirm it.')
			: null,
		form, status));
}
