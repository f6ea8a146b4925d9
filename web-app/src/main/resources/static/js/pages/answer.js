// The feedback on one answer, for its learner or for staff over them.
import { seg } from '../api.js';
import { startPage } from '../layout.js';
import { waitForScore, feedbackView } from '../feedback.js';
import { h, replace, loading, problemBox, alertBox, pathParam } from '../ui.js';

const content = document.getElementById('content');
const answerId = pathParam(1);
const me = await startPage({ section: null });

load();

async function load() {
	replace(content, loading('Loading the feedback…'));
	let scored;
	try {
		scored = await waitForScore(answerId, { timeoutMs: 5000 });
	}
	catch (error) {
		replace(content, problemBox(error, { retry: load }));
		return;
	}
	if (!scored) {
		replace(content, alertBox('info', 'This answer is not scored yet',
			'Feedback usually arrives within seconds of submitting. If the answer was just submitted, check again in a moment.',
			h('button', { type: 'button', class: 'btn btn-secondary', onClick: load }, 'Check again')));
		return;
	}
	const back = me.role === 'learner'
		? h('a', { href: '/report' }, '← My report')
		: h('a', { href: `/learners/${seg(scored.learnerId)}` }, `← Report of ${scored.learnerId}`);
	replace(content, h('p', { class: 'breadcrumb' }, back), feedbackView(scored));
}
