// The feedback on one answer, for its learner or for staff over them: once reviewed, with the
// reviewer's grade and note beside the machine's score.
import { seg } from '../api.js';
import { startPage } from '../layout.js';
import { waitForScore, reviewOf, feedbackView } from '../feedback.js';
import { h, replace, loading, problemBox, alertBox, pathParam } from '../ui.js';

const content = document.getElementById('content');
const answerId = pathParam(1);
const me = await startPage({ section: null });
const staff = me.role !== 'learner';

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
		replace(content, alertBox('info', 'No feedback on this answer yet',
			'Feedback arrives within seconds of submitting. If the answer was just submitted, check again in a moment; otherwise the link is wrong or the answer is not one you may see.',
			h('button', { type: 'button', class: 'btn btn-secondary', onClick: load }, 'Check again')));
		return;
	}
	let review = null;
	let reviewProblem = null;
	try {
		review = await reviewOf(answerId);
	}
	catch (error) {
		reviewProblem = problemBox(error, { title: 'A review of this answer could not be loaded', retry: load });
	}
	const back = staff
		? h('a', { href: `/learners/${seg(scored.learnerId)}` }, `← Report of ${scored.learnerId}`)
		: h('a', { href: '/report' }, '← My report');
	replace(content,
		h('p', { class: 'breadcrumb' }, back,
			staff ? [' · ', h('a', { href: `/review/${seg(answerId)}` }, review ? 'Review this answer again' : 'Review this answer')] : null),
		reviewProblem,
		feedbackView(scored, { review }));
}
