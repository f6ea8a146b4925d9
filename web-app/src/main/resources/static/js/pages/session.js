// Learner: a practice session, one question at a time: the question with a visible timer and
// progress, the answer, its feedback within seconds, and the summary once finished.
import { api, call, seg, uuid } from '../api.js';
import { startPage } from '../layout.js';
import { waitForScore, feedbackView, answersIn } from '../feedback.js';
import { forgetActive, rememberActive } from '../practice-start.js';
import { sendAnswer } from '../answer-sending.js';
import { backlogNotice, feedbackWaitMs } from '../scoring-backlog.js';
import { chartFigure, palette, scoreAxis } from '../charts.js';
import { h, replace, loading, problemBox, alertBox, announce, emptyState, format, namesFrom, humanize, pathParam, scoreBand, dataTable } from '../ui.js';

const SUGGESTED_SECONDS = { behavioral: 180, technical: 120, situational: 180 };
const TIPS = {
	behavioral: 'Answer directly, then back it with one concrete example from your own work.',
	technical: 'Be specific: name the standards, systems and steps, and say why they matter.',
	situational: 'Walk through what you would do, step by step and in order, and say why.',
};
// The rubric's shape decides before the question type: only a STAR rubric asks for a story.
const STRUCTURE_TIPS = {
	star: 'Tell it as a STAR story: the Situation, your Task, the Actions you took and the Result.',
	'ordered-steps': 'Walk through what you would do, step by step and in order, and say why.',
};
const MODE_NAMES = { 'mock-interview': 'Mock interview', 'practice-set': 'Practice set', targeted: 'Targeted drill' };
const MAX_ANSWER = 10000;

const content = document.getElementById('content');
const title = document.getElementById('page-title');
const sessionId = pathParam(2);
const me = await startPage({ roles: ['learner'], section: '/practice' });

let session;
let names;
let timer;

load();

async function load() {
	replace(content, loading('Loading your session…'));
	try {
		const [found, model] = await Promise.all([
			api(`/api/session/sessions/${seg(sessionId)}`),
			api('/api/session/competency-model'),
		]);
		session = found;
		names = namesFrom(model);
	}
	catch (error) {
		replace(content, problemBox(error, { retry: load }));
		return;
	}
	title.textContent = `${names.roleTrack(session.roleTrack)} · ${MODE_NAMES[session.mode] || humanize(session.mode)}`;
	document.title = `${title.textContent} · Readyroom`;
	if (session.status === 'COMPLETED') {
		forgetActive(sessionId);
		summary();
		return;
	}
	rememberActive(session);
	nextQuestion();
}

async function nextQuestion() {
	stopTimer();
	replace(content, loading('Loading the next question…'));
	let question;
	try {
		question = await api(`/api/session/sessions/${seg(sessionId)}/next-question`);
	}
	catch (error) {
		replace(content, problemBox(error, { retry: nextQuestion }));
		return;
	}
	if (!question) {
		allAnswered();
		return;
	}
	showQuestion(question);
}

function sessionBar(number, total, type) {
	const progressLabel = type ? `Question ${number} of ${total}` : `${session.answeredQuestions} of ${total} answered`;
	return h('div', { class: 'session-bar' },
		h('div', { class: 'session-progress' },
			h('p', { id: 'progress-label' }, progressLabel),
			h('progress', { max: total, value: Math.min(session.answeredQuestions, total), 'aria-labelledby': 'progress-label' },
				`${session.answeredQuestions} of ${total} answered`)),
		type ? timerView(type) : null);
}

function timerView(type) {
	const suggested = SUGGESTED_SECONDS[type] || 180;
	const value = h('span', { class: 'timer-value' }, '00:00');
	const note = h('span', { class: 'timer-note' }, `suggested ${format.duration(suggested * 1000)} · no time limit`);
	const element = h('p', { class: 'timer', role: 'timer' }, h('span', { class: 'visually-hidden' }, 'Time on this question: '), value, note);
	const started = Date.now();
	stopTimer();
	timer = setInterval(() => {
		const elapsed = Date.now() - started;
		value.textContent = format.duration(elapsed);
		if (elapsed > suggested * 1000 && !element.classList.contains('over')) {
			element.classList.add('over');
			note.textContent = `over the suggested ${format.duration(suggested * 1000)} · no time limit`;
		}
	}, 1000);
	return element;
}

function stopTimer() {
	if (timer) {
		clearInterval(timer);
		timer = null;
	}
}

function showQuestion(question) {
	const total = session.plan.length;
	const number = Math.min(session.answeredQuestions + 1, total);
	const draftKey = `readyroom.draft.${sessionId}.${question.questionId}`;
	const textarea = h('textarea', {
		id: 'answer', name: 'text', maxlength: MAX_ANSWER, rows: 12, required: true,
		'aria-describedby': 'answer-tip answer-count', value: sessionStorage.getItem(draftKey) || '',
	});
	const count = h('p', { id: 'answer-count', class: 'char-count' });
	const updateCount = () => {
		count.textContent = `${format.number(textarea.value.length)} of ${format.number(MAX_ANSWER)} characters`;
		sessionStorage.setItem(draftKey, textarea.value);
	};
	textarea.addEventListener('input', updateCount);
	updateCount();
	const status = h('div');
	const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-large' }, 'Submit answer');
	const heading = h('h2', { id: 'question', class: 'question-text', tabindex: '-1' }, question.text);
	const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'question' },
		h('p', {}, h('span', { class: 'badge badge-neutral' }, `${humanize(question.type)} question`)),
		heading,
		h('p', { id: 'answer-tip', class: 'hint' }, STRUCTURE_TIPS[question.structure] || TIPS[question.type] || ''),
		h('div', { class: 'field' }, h('label', { for: 'answer' }, 'Your answer'), textarea, count),
		status,
		h('div', { class: 'actions' }, submit,
			h('button', { type: 'button', class: 'btn btn-secondary', onClick: finishEarly }, 'Finish session now')));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		submitAnswer({ question, textarea, submit, status, draftKey });
	});
	replace(content, sessionBar(number, total, question.type), form);
	heading.focus();
}

/**
 * The answer id is chosen here and kept until the answer is accepted, so a retry after a
 * lost response is counted once; an edited answer gets a new id.
 */
function answerIdFor(questionId, text) {
	const key = `readyroom.pending.${sessionId}.${questionId}`;
	let pending = null;
	try {
		pending = JSON.parse(sessionStorage.getItem(key) || 'null');
	}
	catch {
		pending = null;
	}
	if (!pending || pending.text !== text) {
		pending = { answerId: uuid(), text };
		sessionStorage.setItem(key, JSON.stringify(pending));
	}
	return { answerId: pending.answerId, forget: () => sessionStorage.removeItem(key) };
}

async function submitAnswer({ question, textarea, submit, status, draftKey }) {
	const text = textarea.value.trim();
	if (!text) {
		replace(status, alertBox('error', null, 'Write your answer before you submit it.'));
		textarea.focus();
		return;
	}
	const { answerId, forget } = answerIdFor(question.questionId, text);
	submit.disabled = true;
	textarea.readOnly = true;
	replace(status, loading('Saving your answer…'));
	try {
		await sendAnswer((answer) => call(`/api/session/sessions/${seg(sessionId)}/answers`, { method: 'POST', json: answer }),
			{ answerId, questionId: question.questionId, text },
			{ onResend: (resend, resends, delayMs) => showResending(status, resend, resends, delayMs) });
	}
	catch (error) {
		submit.disabled = false;
		textarea.readOnly = false;
		replace(status, problemBox(error, {
			title: 'Your answer was not saved',
			retry: () => submitAnswer({ question, textarea, submit, status, draftKey }),
		}));
		return;
	}
	forget();
	sessionStorage.removeItem(draftKey);
	session.answeredQuestions += 1;
	stopTimer();
	announce('Answer saved. Scoring it now.');
	showFeedback(answerId);
}

function showResending(status, resend, resends, delayMs) {
	if (resend === 1) {
		announce('Connection lost. Sending your answer again.');
	}
	replace(status, alertBox('warning', 'Connection lost — sending your answer again…',
		`Your answer is kept and goes again in ${Math.round(delayMs / 1000)} s (attempt ${resend} of ${resends}); it will be counted once. Keep this page open.`));
}

async function showFeedback(answerId) {
	const total = session.plan.length;
	const answered = session.answeredQuestions;
	const bar = sessionBar(answered, total, null);
	const elapsed = h('span', {}, '');
	const queue = h('p', { id: 'scoring-backlog' }, '');
	queue.hidden = true;
	const waiting = h('div', { class: 'card', role: 'status' },
		h('h2', {}, 'Scoring your answer…'),
		h('p', { class: 'muted' }, 'Feedback usually arrives within two seconds. ', elapsed),
		queue,
		h('progress', { 'aria-label': 'Scoring your answer' }));
	replace(content, bar, waiting);
	const backlog = scoringBacklog(queue);
	let scored;
	try {
		scored = await waitForScore(answerId, {
			timeoutMs: backlog.waitMs,
			onWait: (ms) => {
				elapsed.textContent = ms >= 3000 ? `Waiting ${Math.round(ms / 1000)} s…` : '';
				backlog.check(ms);
			},
		});
	}
	catch (error) {
		replace(content, bar, problemBox(error, { title: 'The feedback could not be loaded', retry: () => showFeedback(answerId) }), nextStep(answered, total));
		return;
	}
	if (!scored) {
		replace(content, bar,
			alertBox('warning', 'Scoring is taking longer than usual',
				backlog.notice() ?? 'Your answer is saved and will be scored; its feedback will also be in your report.'),
			h('div', { class: 'actions' },
				h('button', { type: 'button', class: 'btn btn-secondary', onClick: () => showFeedback(answerId) }, 'Check again'),
				nextStep(answered, total)));
		return;
	}
	replace(content, bar,
		h('p', { class: 'muted' }, `Feedback on question ${answered} of ${total}`),
		feedbackView(scored),
		h('div', { class: 'actions' }, nextStep(answered, total),
			h('a', { class: 'btn btn-secondary', href: `/answers/${seg(answerId)}` }, 'Open this feedback on its own page')));
	document.getElementById('score-heading')?.focus();
}

/**
 * Scoring's backlog while a learner waits: looked up once the usual two seconds have
 * passed and every five seconds after, shown when scoring is behind, and stretching the
 * wait to the estimate. A failed look-up changes nothing: the score is what matters.
 */
function scoringBacklog(queue) {
	const USUAL_WAIT_MS = 15000;
	let latest = null;
	let checkedAt = null;
	let checking = false;
	return {
		waitMs: () => feedbackWaitMs(latest, USUAL_WAIT_MS),
		notice: () => backlogNotice(latest),
		check: async (waitedMs) => {
			if (checking || waitedMs < 2000 || (checkedAt !== null && waitedMs - checkedAt < 5000)) {
				return;
			}
			checking = true;
			checkedAt = waitedMs;
			try {
				latest = await api('/api/scoring/backlog');
				const notice = backlogNotice(latest);
				queue.textContent = notice ?? '';
				queue.hidden = notice === null;
			}
			catch {
				// the score is still asked for; only the estimate is missing
			}
			finally {
				checking = false;
			}
		},
	};
}

function nextStep(answered, total) {
	if (answered < total) {
		return h('button', { type: 'button', class: 'btn btn-primary btn-large', onClick: nextQuestion }, 'Next question');
	}
	return h('button', { type: 'button', class: 'btn btn-primary btn-large', onClick: finish }, 'Finish session');
}

function allAnswered() {
	const heading = h('h2', { tabindex: '-1' }, 'You have answered every question');
	replace(content, sessionBar(session.plan.length, session.plan.length, null),
		h('div', { class: 'card' }, heading,
			h('p', {}, 'Finish the session to see your scores together.'),
			h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-primary btn-large', onClick: finish }, 'Finish session'))));
	heading.focus();
}

function finishEarly() {
	const unanswered = session.plan.length - session.answeredQuestions;
	if (confirm(`Finish the session now? ${unanswered} question${unanswered === 1 ? '' : 's'} will stay unanswered.`)) {
		finish();
	}
}

async function finish() {
	stopTimer();
	replace(content, loading('Finishing your session…'));
	try {
		session = await api(`/api/session/sessions/${seg(sessionId)}/complete`, { method: 'POST' });
	}
	catch (error) {
		replace(content, problemBox(error, { title: 'The session could not be finished', retry: finish }));
		return;
	}
	forgetActive(sessionId);
	announce('Session finished.');
	summary();
}

async function summary() {
	stopTimer();
	title.textContent = `Session complete · ${names.roleTrack(session.roleTrack)}`;
	replace(content, loading('Gathering your scores…'));
	let answers;
	try {
		answers = answersIn(await api(`/api/scoring/learners/${seg(me.id)}/answers`))
			.filter((answer) => answer.sessionId === sessionId)
			.sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)));
	}
	catch (error) {
		replace(content, problemBox(error, { title: 'Your scores could not be loaded', retry: summary }));
		return;
	}
	const again = h('div', { class: 'actions' },
		h('a', { class: 'btn btn-primary', href: '/report' }, 'Open my report'),
		h('a', { class: 'btn btn-secondary', href: `/practice?roleTrack=${seg(session.roleTrack)}` }, 'Practise again'));
	if (session.answeredQuestions === 0) {
		replace(content, emptyState({ title: 'No answers in this session', text: 'You finished without answering a question.', action: { label: 'Practise again', href: '/practice' } }));
		return;
	}
	const scores = answers.map((answer) => answer.score);
	const mean = scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
	const pending = session.answeredQuestions - answers.length;
	replace(content,
		h('dl', { class: 'kpis' },
			kpi('Questions answered', `${session.answeredQuestions} of ${session.plan.length}`),
			kpi('Mean score', mean === null ? '–' : format.number(mean), mean === null ? null : scoreBand(mean).label),
			kpi('Best score', scores.length ? String(Math.max(...scores)) : '–')),
		pending > 0 ? alertBox('info', `${pending} answer${pending === 1 ? ' is' : 's are'} still being scored`,
			h('button', { type: 'button', class: 'btn btn-secondary btn-small', onClick: summary }, 'Refresh')) : null,
		answers.length ? h('section', { class: 'card' }, chartFigure({
			title: 'Score per question',
			description: `Bar chart of your scores in this session: ${scores.map((score, i) => `question ${i + 1}: ${score}`).join(', ')}.`,
			height: 240,
			config: {
				type: 'bar',
				data: { labels: answers.map((_, i) => `Q${i + 1}`), datasets: [{ label: 'Score', data: scores, backgroundColor: palette.blue }] },
				options: { scales: { y: scoreAxis('Score') }, plugins: { legend: { display: false } } },
			},
			table: { columns: [{ label: 'Question', rowHeader: true }, { label: 'Score', num: true }], rows: answers.map((answer, i) => [`Q${i + 1}`, answer.score]) },
		})) : null,
		answers.length ? h('section', { class: 'card' }, dataTable({
			caption: 'Your answers in this session',
			columns: [{ label: '#' }, { label: 'Question' }, { label: 'Score', num: true }, { label: 'Feedback' }],
			rows: answers.map((answer, i) => [String(i + 1), answer.questionText || answer.questionId,
				h('span', {}, String(answer.score), ' ', h('span', { class: `badge ${scoreBand(answer.score).badge}` }, scoreBand(answer.score).label)),
				h('a', { href: `/answers/${seg(answer.answerId)}` }, h('span', {}, 'See feedback'), h('span', { class: 'visually-hidden' }, ` on question ${i + 1}`))]),
		})) : null,
		again);
}

function kpi(label, value, note) {
	return h('div', { class: 'kpi' }, h('dt', {}, label), h('dd', {}, value, note ? h('span', { class: 'kpi-note' }, note) : null));
}
