// Director: the program's access log, newest first: every read of a learner's data by
// someone other than the learner, and every export. Optionally one learner's entries only;
// the whole log downloads as CSV like the other exports.
import { api, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { h, replace, loading, problemBox, emptyState, format, queryParam, dataTable, humanize } from '../ui.js';

const PAGE_SIZE = 50;

const content = document.getElementById('content');
const me = await startPage({ roles: ['director', 'admin'] });
const programId = programOf(me);
const entries = h('div', { id: 'entries' });

replace(content, filter(), entries);
load(queryParam('learner') || '', 0);

function filter() {
	const learner = h('input', { id: 'learner', name: 'learner', type: 'text', value: queryParam('learner') || '', autocomplete: 'off', 'aria-describedby': 'learner-hint' });
	const download = h('a', { class: 'btn', href: `/api/analytics/programs/${seg(programId)}/exports/access-log?format=csv` }, 'Download the whole log (CSV)');
	const form = h('form', { class: 'card', role: 'search', novalidate: true },
		h('div', { class: 'field' }, h('label', { for: 'learner' }, 'Only the reads of learner'),
			h('p', { class: 'hint', id: 'learner-hint' }, 'A learner id; leave empty for every entry.'), learner),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Show'), download));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const params = new URLSearchParams(location.search);
		if (learner.value.trim()) {
			params.set('learner', learner.value.trim());
		}
		else {
			params.delete('learner');
		}
		history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
		load(learner.value.trim(), 0);
	});
	return form;
}

async function load(learnerId, page) {
	replace(entries, loading('Loading the access log…'));
	const query = new URLSearchParams({ page, size: PAGE_SIZE });
	if (learnerId) {
		query.set('learnerId', learnerId);
	}
	let log;
	try {
		log = await api(`/api/analytics/programs/${seg(programId)}/access-log?${query}`);
	}
	catch (error) {
		replace(entries, problemBox(error, { title: 'The access log could not be loaded', retry: () => load(learnerId, page) }));
		return;
	}
	if (!log.total) {
		replace(entries, emptyState({ title: 'Nothing on the log yet', text: learnerId
			? `Nobody but ${learnerId} has read their data.`
			: 'Entries appear when a coach, director or admin opens a learner\'s report or answers, or someone exports figures.' }));
		return;
	}
	replace(entries, table(log), pager(log, learnerId));
}

function table(log) {
	const first = log.page * log.size + 1;
	const last = log.page * log.size + log.entries.length;
	return dataTable({
		caption: `Entries ${first} to ${last} of ${log.total}, newest first`,
		columns: [{ label: 'When', rowHeader: true }, { label: 'Who' }, { label: 'Role' }, { label: 'What' }, { label: 'Learner' }, { label: 'Cohort' }, { label: 'Through' }],
		rows: log.entries.map((entry) => [
			h('time', { datetime: entry.occurredAt }, format.dateTime(entry.occurredAt)),
			entry.readerId,
			humanize(entry.readerRole),
			humanize(entry.what),
			entry.learnerId ? h('a', { href: `/learners/${seg(entry.learnerId)}` }, entry.learnerId) : 'all learners',
			entry.cohortId || 'whole program',
			entry.client,
		]),
	});
}

function pager(log, learnerId) {
	const newer = log.page > 0;
	const older = (log.page + 1) * log.size < log.total;
	if (!newer && !older) {
		return null;
	}
	return h('nav', { class: 'actions', 'aria-label': 'Pages of the access log' },
		newer ? button('Newer entries', () => load(learnerId, log.page - 1)) : null,
		older ? button('Older entries', () => load(learnerId, log.page + 1)) : null);
}

function button(label, onClick) {
	const element = h('button', { type: 'button', class: 'btn' }, label);
	element.addEventListener('click', onClick);
	return element;
}
