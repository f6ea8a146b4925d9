// Director: the program's learner data. How long answer text is kept; erasing a learner,
// after an in-page confirmation that names them, with the receipt read again until every
// service is done; and the program's erasures, newest first. Receipts never name the
// learner, so only the erasure just asked for shows who it is, from what was typed.
import { call, api, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { h, replace, loading, problemBox, alertBox, emptyState, format, dataTable, humanize } from '../ui.js';
import { retentionSentence, retentionRequest, receiptStatus, isComplete, servicesDone, watchReceipt, MAX_DAYS } from '../learner-data.js';

const content = document.getElementById('content');
const me = await startPage({ roles: ['director', 'admin'] });
const programId = programOf(me);
const base = `/api/session/programs/${seg(programId)}`;

// one watch at a time: a new erasure or leaving the page ends the one before
let watch = new AbortController();
// the list is loaded again after each erasure; only the latest answer is drawn
let listRequests = 0;
addEventListener('pagehide', () => watch.abort());
addEventListener('pageshow', (event) => {
	if (event.persisted) {
		location.reload();
	}
});

const retention = h('section', { class: 'card', 'aria-labelledby': 'retention-heading' });
const erasureList = h('div', { id: 'erasures' });
replace(content, retention, eraseSection(), h('section', { class: 'card', 'aria-labelledby': 'erasures-heading' },
	h('h2', { id: 'erasures-heading' }, 'Erasures'), erasureList));
loadRetention();
loadErasures();

async function loadRetention() {
	replace(retention, retentionHeading(), loading('Loading the retention period…'));
	let current;
	try {
		current = await api(`${base}/retention`);
	}
	catch (error) {
		replace(retention, retentionHeading(), problemBox(error, { title: 'The retention period could not be loaded', retry: loadRetention }));
		return;
	}
	const summary = h('div', {});
	const status = h('div', { id: 'retention-status', 'aria-live': 'polite' });
	showRetention(summary, current);
	replace(retention, retentionHeading(), summary, retentionForm(current, summary, status), status);
}

function retentionHeading() {
	return h('h2', { id: 'retention-heading' }, 'Answer text retention');
}

function showRetention(summary, current) {
	replace(summary,
		h('p', { id: 'retention-current' }, h('strong', {}, retentionSentence(current))),
		current.changedBy ? h('p', { class: 'small muted' }, 'Set by ', current.changedBy, ' on ',
			h('time', { datetime: current.changedAt }, format.dateTime(current.changedAt)), '.') : null);
}

function retentionForm(current, summary, status) {
	const days = h('input', { id: 'retention-days', name: 'days', type: 'number', min: 1, max: MAX_DAYS, step: 1, inputmode: 'numeric',
		value: current.answerTextDays ?? '', 'aria-describedby': 'retention-days-hint' });
	const limited = h('input', { type: 'radio', id: 'keep-days', name: 'keep', value: 'days', checked: !current.keptForever });
	days.addEventListener('input', () => {
		limited.checked = true;
		days.removeAttribute('aria-invalid');
	});
	const form = h('form', { novalidate: true },
		h('fieldset', {}, h('legend', {}, 'Keep answer text'),
			h('div', { class: 'choices' },
				h('label', { class: 'choice' }, h('input', { type: 'radio', id: 'keep-forever', name: 'keep', value: 'forever', checked: current.keptForever }),
					h('span', {}, h('span', { class: 'choice-title' }, 'For as long as the program runs'),
						h('span', { class: 'choice-text' }, 'Coaches can read every answer again; the default.'))),
				h('label', { class: 'choice' }, limited,
					h('span', {}, h('span', { class: 'choice-title' }, 'For a number of days'),
						h('span', { class: 'choice-text' }, 'Older answers lose their text at the next hourly sweep; their scores and feedback stay.')))),
			h('div', { class: 'field' }, h('label', { for: 'retention-days' }, 'Days after the answer is given'),
				h('p', { class: 'hint', id: 'retention-days-hint' }, `A whole number from 1 to ${MAX_DAYS.toLocaleString('en')}; typing one chooses it.`), days)),
		h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save retention period')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const { request, error } = retentionRequest(new FormData(form).get('keep'), days.value);
		if (error) {
			days.setAttribute('aria-invalid', 'true');
			replace(status, alertBox('error', 'The retention period was not saved', error));
			days.focus();
			return;
		}
		replace(status);
		let saved;
		try {
			saved = await api(`${base}/retention`, { method: 'PUT', json: request });
		}
		catch (failure) {
			replace(status, problemBox(failure, { title: 'The retention period was not saved' }));
			return;
		}
		showRetention(summary, saved);
		replace(status, alertBox('success', 'Retention period saved', retentionSentence(saved)));
	});
	return form;
}

function eraseSection() {
	const learner = h('input', { id: 'erase-learner', name: 'learnerId', type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'erase-learner-hint' });
	const submit = h('button', { type: 'submit', class: 'btn btn-danger' }, 'Erase…');
	const confirmation = h('div', { id: 'erase-confirmation' });
	const outcome = h('div', { id: 'erase-outcome', 'aria-live': 'polite' });
	const receipt = h('div', { id: 'erase-receipt' });
	const form = h('form', { novalidate: true },
		h('div', { class: 'field' }, h('label', { for: 'erase-learner' }, 'Learner id'),
			h('p', { class: 'hint', id: 'erase-learner-hint' }, 'The learner\'s user name, as on the enrolments page. You confirm on the next step.'), learner),
		h('div', { class: 'actions' }, submit));

	const settle = (asking) => {
		learner.readOnly = asking;
		submit.disabled = asking;
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const learnerId = learner.value.trim();
		if (!learnerId) {
			learner.setAttribute('aria-invalid', 'true');
			replace(outcome, alertBox('error', 'Nobody to erase', 'Enter the id of the learner to erase.'));
			learner.focus();
			return;
		}
		learner.removeAttribute('aria-invalid');
		replace(outcome);
		settle(true);
		askToConfirm(confirmation, learnerId, {
			cancel: () => {
				replace(confirmation);
				settle(false);
				learner.focus();
			},
			erase: async () => {
				replace(confirmation);
				const erased = await erase(learnerId, outcome, receipt);
				settle(false);
				if (erased) {
					learner.value = '';
				}
			},
		});
	});
	return h('section', { class: 'card', 'aria-labelledby': 'erase-heading' },
		h('h2', { id: 'erase-heading' }, 'Erase a learner'),
		h('p', {}, 'Removes the learner from the program and everything Readyroom holds on them here: enrolment, sessions, answers, scores, feedback and figures, in every service. The access log keeps its entries.'),
		form, confirmation, outcome, receipt);
}

/** An in-page confirmation naming the learner; it takes the focus so it is read first. */
function askToConfirm(container, learnerId, { cancel, erase }) {
	const panel = h('div', { class: 'alert alert-warning', role: 'group', 'aria-labelledby': 'confirm-heading', 'aria-describedby': 'confirm-text', tabindex: '-1' },
		h('h3', { id: 'confirm-heading', class: 'alert-title' }, `Erase ${learnerId} from ${programId}?`),
		h('p', { id: 'confirm-text' }, `All of ${learnerId}'s practice in this program is removed from every service. This cannot be undone.`),
		h('div', { class: 'actions' },
			h('button', { type: 'button', class: 'btn btn-danger', id: 'confirm-erase', onClick: erase }, `Erase ${learnerId} for good`),
			h('button', { type: 'button', class: 'btn btn-secondary', onClick: cancel }, 'Cancel')));
	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			cancel();
		}
	});
	replace(container, panel);
	panel.focus();
}

/** Asks session-service to erase the learner; whether it took the request. */
async function erase(learnerId, outcome, receiptBox) {
	watch.abort();
	watch = new AbortController();
	const { signal } = watch;
	replace(outcome, loading(`Erasing ${learnerId}…`));
	replace(receiptBox);
	let response;
	try {
		response = await call(`${base}/erasures`, { method: 'POST', json: { learnerId } });
	}
	catch (error) {
		replace(outcome, problemBox(error, { title: `${learnerId} was not erased` }));
		return false;
	}
	follow(learnerId, response.data, response.status !== 202, outcome, receiptBox, signal);
	loadErasures();
	return true;
}

/**
 * Shows the receipt and, until it is complete, reads it again; the status line is a live
 * region, so it changes only when the receipt does.
 */
async function follow(learnerId, first, repeated, outcome, receiptBox, signal) {
	const problems = h('div', {});
	let shown = null;
	const show = (receipt) => {
		replace(problems);
		const seen = JSON.stringify(receipt);
		if (seen === shown) {
			return;
		}
		shown = seen;
		replace(outcome, h('p', { id: 'erase-status' }, h('strong', {}, receiptStatus(receipt)),
			isComplete(receipt) ? `: nothing of ${learnerId}'s is left in ${programId}.` : '. This page updates as services finish.'));
		replace(receiptBox, receiptCard(learnerId, receipt, repeated), problems);
	};
	show(first);
	const last = await watchReceipt((erasureId) => api(`${base}/erasures/${seg(erasureId)}`), first, {
		signal,
		onUpdate: show,
		onError: (error) => replace(problems, problemBox(error, { title: 'The receipt could not be read again' })),
	});
	if (isComplete(last) && !isComplete(first) && !signal.aborted) {
		loadErasures();
	}
}

function receiptCard(learnerId, receipt, repeated) {
	const asked = h('time', { datetime: receipt.requestedAt }, format.dateTime(receipt.requestedAt));
	return h('div', {},
		h('h3', {}, `Erasure of ${learnerId}`),
		h('p', {}, repeated
			? [`${learnerId}'s erasure was already asked for by ${receipt.requestedBy} on `, asked, '; this is its receipt.']
			: ['Asked for by ', receipt.requestedBy, ' on ', asked, '.'],
		' Receipt ', h('code', {}, receipt.erasureId), '.'),
		dataTable({
			caption: 'Each service\'s part',
			columns: [{ label: 'Service', rowHeader: true }, { label: 'Erased' }, { label: 'When' }, { label: 'Records removed', num: true }],
			rows: receipt.services.map((service) => [
				humanize(service.service),
				service.erased ? 'Yes' : 'Not yet',
				service.completedAt ? h('time', { datetime: service.completedAt }, format.dateTime(service.completedAt)) : '–',
				service.recordsRemoved == null ? '–' : format.number(service.recordsRemoved),
			]),
		}));
}

async function loadErasures() {
	const request = ++listRequests;
	if (!erasureList.hasChildNodes()) {
		replace(erasureList, loading('Loading the erasures…'));
	}
	let receipts;
	try {
		receipts = await api(`${base}/erasures`);
	}
	catch (error) {
		if (request === listRequests) {
			replace(erasureList, problemBox(error, { title: 'The erasures could not be loaded', retry: loadErasures }));
		}
		return;
	}
	if (request !== listRequests) {
		return;
	}
	if (!receipts.length) {
		replace(erasureList, emptyState({ title: 'No erasures yet', text: 'Each learner you erase leaves a receipt here.', headingLevel: 'h3' }));
		return;
	}
	replace(erasureList, dataTable({
		caption: `${receipts.length} erasure${receipts.length === 1 ? '' : 's'}, newest first`,
		columns: [{ label: 'Asked for', rowHeader: true }, { label: 'By' }, { label: 'Status' }, { label: 'Services done' }, { label: 'Receipt' }],
		rows: receipts.map((receipt) => {
			const { done, of } = servicesDone(receipt);
			const names = receipt.services.filter((service) => service.erased).map((service) => humanize(service.service));
			return [
				h('time', { datetime: receipt.requestedAt }, format.dateTime(receipt.requestedAt)),
				receipt.requestedBy,
				isComplete(receipt) ? 'Complete' : 'In progress',
				`${done} of ${of}${names.length ? ': ' + names.join(', ') : ''}`,
				h('code', {}, receipt.erasureId),
			];
		}),
	}));
}
