// Words for assignments, shared by the staff's assignments page and the learner's practice page.

const MODES = { 'practice-set': 'Practice set', targeted: 'Targeted drill' };

const STATUSES = {
	due: { label: 'Due', badge: 'badge-neutral' },
	overdue: { label: 'Overdue', badge: 'badge-bad' },
	done: { label: 'Done', badge: 'badge-ok' },
	'done-late': { label: 'Done late', badge: 'badge-warn' },
};

export function modeName(mode) {
	return MODES[mode] || mode;
}

/** A status word with its badge class, so a status is never told by colour alone. */
export function statusOf(status) {
	return STATUSES[status] || { label: status, badge: 'badge-neutral' };
}

/** "Targeted drill · 3 questions · Privacy rule, Security rule". */
export function whatItAsks(assignment, names) {
	const parts = [modeName(assignment.mode), `${assignment.questionCount} question${assignment.questionCount === 1 ? '' : 's'}`];
	parts.push(assignment.roleTrack ? names.roleTrack(assignment.roleTrack) : 'own target role');
	if (assignment.competencyIds?.length) {
		parts.push(assignment.competencyIds.map((id) => names.competency(id)).join(', '));
	}
	else if (assignment.mode === 'targeted') {
		parts.push('weakest competencies');
	}
	return parts.join(' · ');
}
