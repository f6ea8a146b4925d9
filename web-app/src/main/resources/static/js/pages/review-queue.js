// Staff: the answers waiting for review, most worth a human look first, each with why; a
// filter by cohort for someone who reads several. Each answer opens its review screen.
import { seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { cohortsOf } from '../cohort-list.js';
import { reviewQueue, reviewHref, urgency, QUEUE_SIZE } from '../review-queue.js';
import { h, replace, loading, problemBox, emptyState, format, queryParam, scoreBand, textWithId } from '../ui.js';

const content = document.getElementById('content');
const me = await startPage({ roles: ['coach', 'director', 'admin'], section: '/review' });
const list = h('div', {});
let cohortId = queryParam('cohort') || null;

start();

async function start() {
	replace(content, loading('Loading the review queue…'));
	const cohorts = await cohortsOf(me, programOf(me)).then((found) => found.cohortIds, () => []);
	if (cohortId && !cohorts.includes(cohortId)) {
		cohortId = null;
	}
	replace(content, cohorts.length > 1 ? cohortFilter(cohorts) : null, list);
	load();
}

function cohortFilter(cohorts) {
	const select = h('select', { id: 'cohort-filter' },
		h('option', { value: '' }, 'All your cohorts'),
		cohorts.map((id) => h('option', { value: id, selected: id === cohortId }, id)));
	select.addEventListener('change', () => {
		cohortId = select.value || null;
		history.replaceState(null, '', cohortId ? `?cohort=${seg(cohortId)}` : location.pathname);
		load();
	});
	return h('div', { class: 'field' }, h('label', { for: 'cohort-filter' }, 'Cohort'), select);
}

async function load() {
	replace(list, loading('Loading the review queue…'));
	let queue;
	try {
		queue = await reviewQueue(cohortId);
	}
	catch (error) {
		replace(list, problemBox(error, { title: 'The review queue could not be loaded', retry: load }));
		return;
	}
	if (!queue.length) {
		replace(list, emptyState({
			title: 'Nothing waiting for review',
			text: `Every scored answer${cohortId ? ` of ${cohortId}` : ''} has been reviewed, or none has been scored yet. New answers appear here once they are scored.`,
			action: { label: 'See where you and the scorer disagree', href: '/agreement' },
		}));
		return;
	}
	replace(list,
		h('p', { class: 'muted', id: 'queue-count' }, queue.length >= QUEUE_SIZE
			? `The ${queue.length} answers most worth a look; more follow as you review.`
			: `${queue.length} answer${queue.length === 1 ? '' : 's'} waiting for review.`),
		h('ol', { class: 'review-queue' }, queue.map(queueItem)));
}

function queueItem(item) {
	const band = scoreBand(item.score);
	const priority = urgency(item.priority);
	const question = item.questionText
		? textWithId(item.questionText, item.questionId)
		: h('span', {}, 'A question no longer in the bank ', h('code', { class: 'id-note' }, item.questionId));
	return h('li', { class: 'card review-item', dataset: { answerId: item.answerId } },
		h('div', { class: 'section-header' },
			h('h2', { class: 'review-item-question' }, question),
			h('span', { class: `badge ${priority.badge}` }, priority.label)),
		h('dl', { class: 'mini-kpis' },
			h('div', {}, h('dt', { class: 'muted small' }, 'Learner'), h('dd', {}, item.learnerId)),
			h('div', {}, h('dt', { class: 'muted small' }, 'Cohort'), h('dd', {}, item.cohortId)),
			h('div', {}, h('dt', { class: 'muted small' }, 'Machine score'), h('dd', {}, String(item.score), ' ', h('span', { class: `badge ${band.badge}` }, band.label))),
			h('div', {}, h('dt', { class: 'muted small' }, 'Submitted'), h('dd', { class: 'small' }, format.dateTime(item.submittedAt)))),
		item.reasons?.length ? h('div', {}, h('p', { class: 'label' }, 'Why it is worth a look'),
			h('ul', { class: 'plain reasons' }, item.reasons.map((reason) => h('li', {}, reason)))) : null,
		calibrated(item),
		h('div', { class: 'actions' },
			h('a', { class: 'btn btn-primary', href: reviewHref(item.answerId, cohortId) }, `Review ${item.learnerId}'s answer`)));
}

/** Whether the question's scores already lean on graded answers; the reasons say when not. */
function calibrated(item) {
	const graded = item.gradedExamples ?? 0;
	if (!item.gradedExamplesNeeded || graded < item.gradedExamplesNeeded) {
		return null;
	}
	return h('p', { class: 'small muted' }, `${graded} graded answers already calibrate this question's scores.`);
}
