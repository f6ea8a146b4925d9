// Director: the program's learning record store (LRS): where xAPI statements go, how their
// delivery stands, the statements the LRS did not take (sent again on request), and the
// statement file of all practice so far.
import { api, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { h, replace, loading, problemBox, alertBox, format, dataTable, humanize } from '../ui.js';

const content = document.getElementById('content');
const me = await startPage({ roles: ['director', 'admin'] });
const programId = programOf(me);
const base = `/api/analytics/programs/${seg(programId)}/lrs`;

load();

async function load(notice) {
	replace(content, loading('Loading the learning record store…'));
	let lrs = null;
	try {
		lrs = await api(base);
	}
	catch (error) {
		if (error?.status !== 404) {
			replace(content, problemBox(error, { title: 'The settings could not be loaded', retry: () => load() }));
			return;
		}
	}
	replace(content, notice || null, settingsForm(lrs), lrs ? delivery(lrs) : null, statementFile());
}

function field(id, label, value, attrs = {}) {
	return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, value: value || '', ...attrs }));
}

function settingsForm(lrs) {
	const status = h('div', { 'aria-live': 'polite' });
	const form = h('form', { class: 'card', novalidate: true },
		h('h2', {}, lrs ? 'Settings' : 'Set your LRS'),
		field('endpoint', 'xAPI endpoint', lrs?.endpoint, { type: 'url', required: true, placeholder: 'https://lrs.example.org/xapi/' }),
		field('username', 'Key (username)', lrs?.username, { required: true, autocomplete: 'off' }),
		field('password', lrs ? 'Secret (password): enter it again to save' : 'Secret (password)', '', { type: 'password', required: true, autocomplete: 'new-password' }),
		field('accountHomePage', 'Home page of learners\' accounts (optional)', lrs?.accountHomePage, { type: 'url' }),
		status,
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save'),
			lrs ? removeButton(status) : null));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const data = Object.fromEntries(new FormData(form));
		try {
			await api(base, { method: 'PUT', json: data });
		}
		catch (error) {
			replace(status, problemBox(error, { title: 'The settings were not saved' }));
			return;
		}
		load(alertBox('success', 'Saved', 'Statements go to this LRS from now on.'));
	});
	return form;
}

function removeButton(status) {
	const button = h('button', { type: 'button', class: 'btn' }, 'Stop sending');
	button.addEventListener('click', async () => {
		try {
			await api(base, { method: 'DELETE' });
		}
		catch (error) {
			replace(status, problemBox(error, { title: 'The LRS was not removed' }));
			return;
		}
		load(alertBox('success', 'Removed', 'No more statements are sent; those not sent yet were dropped.'));
	});
	return button;
}

function delivery(lrs) {
	const counts = lrs.statements || {};
	const deadLetters = h('div', {});
	const section = h('section', { class: 'card', 'aria-labelledby': 'delivery-heading' },
		h('h2', { id: 'delivery-heading' }, 'Delivery'),
		h('dl', { class: 'kpis' },
			['PENDING', 'SENT', 'DEAD', 'AWAITING_COMPLETION'].map((key) => h('div', {},
				h('dt', {}, { PENDING: 'Due', SENT: 'Sent', DEAD: 'Not taken', AWAITING_COMPLETION: 'Sessions in progress' }[key]),
				h('dd', {}, format.number(counts[key] || 0))))),
		deadLetters);
	if (counts.DEAD) {
		loadDeadLetters(deadLetters);
	}
	return section;
}

async function loadDeadLetters(container) {
	let letters;
	try {
		letters = await api(`${base}/dead-letters`);
	}
	catch (error) {
		replace(container, problemBox(error, { title: 'The statements not taken could not be loaded' }));
		return;
	}
	const retry = h('button', { type: 'button', class: 'btn' }, 'Send them again');
	retry.addEventListener('click', async () => {
		try {
			const { requeued } = await api(`${base}/dead-letters/retry`, { method: 'POST' });
			load(alertBox('success', 'Sent again', `${requeued} statement(s) are back in line.`));
		}
		catch (error) {
			replace(container, problemBox(error, { title: 'The statements were not sent again' }));
		}
	});
	replace(container, dataTable({
		caption: 'Statements the LRS did not take',
		columns: [{ label: 'Queued', rowHeader: true }, { label: 'Kind' }, { label: 'Tries', num: true }, { label: 'Last reason' }],
		rows: letters.map((letter) => [format.dateTime(letter.queuedAt), humanize(letter.kind.toLowerCase()), letter.attempts, letter.lastError]),
	}), h('div', { class: 'actions' }, retry));
}

function statementFile() {
	const url = `/api/analytics/programs/${seg(programId)}/exports/xapi`;
	return h('section', { class: 'card', 'aria-labelledby': 'file-heading' },
		h('h2', { id: 'file-heading' }, 'Statement file'),
		h('p', {}, 'Every scored answer and completed session of the program as the same statements, one JSON file, to load into an LRS yourself or keep.'),
		h('a', { class: 'btn', href: url }, 'Download the statement file (JSON)'));
}
