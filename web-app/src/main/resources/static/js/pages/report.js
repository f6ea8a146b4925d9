// The weak-area report of one learner: readiness for the target role and what blocks it, a
// competency chart, the trend over time, weak areas with the next practice, and the answers.
// /report is the learner's own; /learners/{id} is the same report for staff.
import { api, seg } from '../api.js';
import { startPage } from '../layout.js';
import { answersIn } from '../feedback.js';
import { startSession } from '../practice-start.js';
import { showTargetRole } from '../target-role.js';
import { chartFigure, palette, scoreAxis, wrapLabel, categoryAxis } from '../charts.js';
import { h, replace, loading, problemBox, emptyState, format, namesFrom, pathParam, scoreBand, dataTable, barCell, refusal, textWithId } from '../ui.js';

const TRENDS = {
	improving: { icon: '↑', label: 'Improving' },
	declining: { icon: '↓', label: 'Declining' },
	steady: { icon: '→', label: 'Steady' },
	'insufficient-evidence': { icon: '·', label: 'Too few answers' },
};

const content = document.getElementById('content');
const title = document.getElementById('page-title');
const staffView = location.pathname.startsWith('/learners/');
const me = await startPage({ roles: staffView ? ['coach', 'director', 'admin'] : ['learner'], section: staffView ? '/cohorts' : '/report' });
const learnerId = staffView ? pathParam(1) : me.id;
let names;

if (staffView) {
	title.textContent = `Report of ${learnerId}`;
	document.title = `Report of ${learnerId} · Readyroom`;
}
else {
	showTargetRole(document.getElementById('target-role'), me);
}
load();

async function load() {
	replace(content, loading('Loading the report…'));
	const base = `/api/analytics/learners/${seg(learnerId)}`;
	const [profile, readiness, weakAreas, model, answers] = await Promise.allSettled([
		api(`${base}/profile`),
		api(`${base}/readiness`),
		api(`${base}/weak-areas?limit=5`),
		api('/api/session/competency-model'),
		api(`/api/scoring/learners/${seg(learnerId)}/answers`),
	]);
	names = namesFrom(model.status === 'fulfilled' ? model.value : null,
		(weakAreas.value?.weakAreas || []).map((area) => [area.competency, area.competencyName]));
	if (profile.status === 'rejected') {
		if (staffView && (profile.reason?.status === 403 || profile.reason?.status === 404)) {
			replace(content, notReadable(profile.reason));
			return;
		}
		if (profile.reason?.status === 404) {
			replace(content, noAnswersYet());
			return;
		}
		replace(content, problemBox(profile.reason, { title: 'The report could not be loaded', retry: load }));
		return;
	}
	replace(content,
		staffView && profile.value.cohortId ? h('p', { class: 'breadcrumb' }, h('a', { href: `/cohorts/${seg(profile.value.cohortId)}` }, `← Cohort ${profile.value.cohortId}`)) : null,
		summary(profile.value),
		section('readiness-heading', staffView ? 'Readiness for the target role' : 'Readiness for your target role', settled(readiness, readinessView)),
		h('div', { class: 'grid-2' },
			section('competencies-heading', 'Competencies', competencyChart(profile.value, readiness.value)),
			section('trend-heading', 'Trend over time', trendView(profile.value))),
		section('weak-heading', 'Weak areas and what to practise next', settled(weakAreas, weakAreasView)),
		section('answers-heading', staffView ? 'Answers' : 'Your answers', settled(answers, answersView)));
}

function noAnswersYet() {
	return emptyState({
		title: 'No answers scored yet',
		text: 'Your report appears once your first answer is scored. Practise a few questions to see your competencies and weak areas.',
		action: { label: 'Start practising', href: '/practice' },
	});
}

/**
 * A learner staff may not read, or none analytics knows: the service's own words, since
 * only it knows which (a coach's other cohorts are refused by name; beyond the program,
 * and before a learner's first session, a learner is unknown).
 */
function notReadable(error) {
	return refusal(error, {
		title: error.status === 404 ? 'No report of this learner' : null,
		back: { label: 'Back to your cohorts', href: '/cohorts' },
	});
}

function settled(result, render) {
	if (result.status === 'rejected') {
		return problemBox(result.reason);
	}
	return render(result.value);
}

function section(id, heading, ...body) {
	return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, heading), body);
}

function kpi(label, value, note, text = false) {
	return h('div', { class: 'kpi' }, h('dt', {}, label), h('dd', { class: text ? 'kpi-text' : null }, value, note ? h('span', { class: 'kpi-note' }, note) : null));
}

function summary(profile) {
	return h('dl', { class: 'kpis' },
		kpi('Target role', profile.roleTrack ? names.roleTrack(profile.roleTrack) : 'Not chosen yet', null, true),
		kpi('Answers scored', format.number(profile.answerCount)),
		kpi('Mean score', format.number(profile.meanScore), profile.answerCount ? scoreBand(profile.meanScore).label : null),
		kpi('Sessions', `${profile.sessionsCompleted} of ${profile.sessionsStarted}`, 'completed of started'),
		kpi('Last practised', format.date(profile.lastAnsweredAt)));
}

function readinessView(readiness) {
	if (!readiness.roleTrack) {
		return h('p', {}, 'No target role set: readiness is not judged until the program\'s staff set one.',
			readiness.proposedTargetRole ? ` Proposed: ${names.roleTrack(readiness.proposedTargetRole)}, waiting for staff to confirm.` : null);
	}
	const role = names.roleTrack(readiness.roleTrack);
	const requirements = readiness.requirements || [];
	const blocking = readiness.blocking || [];
	const statusLine = readiness.ready
		? h('div', { class: 'readiness' }, h('span', { class: 'readiness-icon ready', 'aria-hidden': 'true' }, '✓'),
			h('div', {}, h('p', { class: 'alert-title' }, `Ready for ${role}`), h('p', {}, 'Every competency the role needs is at its threshold, with enough answers behind it.')))
		: h('div', { class: 'readiness' }, h('span', { class: 'readiness-icon', 'aria-hidden': 'true' }, '!'),
			h('div', {}, h('p', { class: 'alert-title' }, `Not ready yet for ${role}`),
				h('p', {}, `${requirements.length - blocking.length} of ${requirements.length} requirements met. What blocks it:`),
				h('ul', { class: 'plain' }, blocking.map((competency) => {
					const requirement = requirements.find((r) => r.competency === competency);
					return h('li', {}, h('strong', {}, names.competency(competency)), requirement ? ` — ${blockReason(requirement)}` : null);
				}))));
	return h('div', {},
		h('div', { class: `alert ${readiness.ready ? 'alert-success' : 'alert-warning'}` }, statusLine),
		requirements.length ? h('details', {}, h('summary', {}, 'All requirements of the role'), dataTable({
			caption: `Requirements for ${role}`,
			columns: [{ label: 'Competency', rowHeader: true }, { label: 'Mastery', num: true }, { label: 'Needed', num: true }, { label: 'Answers', num: true }, { label: 'Met' }],
			rows: requirements.map((r) => [names.competency(r.competency), format.number(r.mastery, 1), String(r.threshold),
				`${r.answerCount} of ${r.minAnswers}`, r.met ? h('span', { class: 'badge badge-ok' }, '✓ Met') : h('span', { class: 'badge badge-bad' }, '✗ Not yet')]),
		})) : null);
}

function blockReason(requirement) {
	if (requirement.mastery === null || requirement.mastery === undefined) {
		return `not practised yet; ${requirement.threshold} needed`;
	}
	if (requirement.mastery < requirement.threshold) {
		return `mastery ${format.number(requirement.mastery)} of ${requirement.threshold} needed`;
	}
	return `${requirement.answerCount} of the ${requirement.minAnswers} answers needed`;
}

function competencyChart(profile, readiness) {
	const thresholds = new Map((readiness?.requirements || []).map((r) => [r.competency, r.threshold]));
	const ids = [...new Set([...profile.competencies.map((c) => c.competency), ...thresholds.keys()])];
	if (!ids.length) {
		return h('p', { class: 'muted' }, 'No competency assessed yet: each appears once an answer to one of its questions is scored.');
	}
	const mastery = new Map(profile.competencies.map((c) => [c.competency, c]));
	ids.sort((a, b) => (mastery.get(a)?.mastery ?? -1) - (mastery.get(b)?.mastery ?? -1));
	const labels = ids.map((id) => names.competency(id));
	const values = ids.map((id) => mastery.get(id)?.mastery ?? 0);
	const targets = ids.map((id) => thresholds.get(id) ?? null);
	return chartFigure({
		title: 'Mastery by competency',
		description: `Horizontal bar chart of mastery from 0 to 100 per competency, weakest first, with the role's threshold where it has one. ${ids.map((id, i) => `${labels[i]}: ${format.number(values[i])}${targets[i] !== null ? ` of ${targets[i]} needed` : ''}`).join('; ')}.`,
		height: Math.max(240, ids.length * 44 + 80),
		config: {
			type: 'bar',
			data: {
				labels: labels.map((label) => wrapLabel(label)),
				datasets: [
					{ label: 'Your mastery', data: values, backgroundColor: palette.blue },
					{ label: 'Needed for the role', data: targets, backgroundColor: 'rgba(179, 89, 0, 0.35)', borderColor: palette.orange, borderWidth: 2 },
				],
			},
			options: { indexAxis: 'y', scales: { x: scoreAxis('Mastery (0–100)'), y: categoryAxis } },
		},
		table: {
			columns: [{ label: 'Competency', rowHeader: true }, { label: 'Mastery', num: true }, { label: 'Needed', num: true }, { label: 'Answers', num: true }],
			rows: ids.map((id, i) => [labels[i], mastery.has(id) ? format.number(values[i], 1) : 'not practised', targets[i] ?? '–', String(mastery.get(id)?.answerCount ?? 0)]),
		},
	});
}

function trendView(profile) {
	const weeks = [...(profile.answerWeeks || [])].sort((a, b) => a.week.localeCompare(b.week));
	const chart = weeks.length ? chartFigure({
		title: 'Mean score per week',
		description: `Line chart of the mean score of each week's answers, with the number of answers as bars. ${weeks.map((w) => `${w.week}: ${format.number(w.scoreSum / w.count)} over ${w.count} answers`).join('; ')}.`,
		height: 260,
		config: {
			data: {
				labels: weeks.map((w) => w.week),
				datasets: [
					{ type: 'line', label: 'Mean score', data: weeks.map((w) => Math.round((w.scoreSum / w.count) * 10) / 10), borderColor: palette.blue, backgroundColor: palette.blue, yAxisID: 'y', tension: 0.2 },
					{ type: 'bar', label: 'Answers', data: weeks.map((w) => w.count), backgroundColor: 'rgba(22, 97, 58, 0.35)', borderColor: palette.green, borderWidth: 1, yAxisID: 'answers' },
				],
			},
			options: { scales: { y: scoreAxis('Mean score'), answers: { position: 'right', beginAtZero: true, title: { display: true, text: 'Answers' }, grid: { drawOnChartArea: false }, ticks: { precision: 0 } } } },
		},
		table: {
			columns: [{ label: 'Week', rowHeader: true }, { label: 'Answers', num: true }, { label: 'Mean score', num: true }],
			rows: weeks.map((w) => [w.week, String(w.count), format.number(w.scoreSum / w.count, 1)]),
		},
	}) : h('p', { class: 'muted' }, 'No weeks with answers yet: each week appears once an answer of it is scored.');
	const competencies = [...profile.competencies].sort((a, b) => names.competency(a.competency).localeCompare(names.competency(b.competency)));
	return h('div', { class: 'stack' }, chart, competencies.length ? dataTable({
		caption: 'Trend by competency (latest answers against the ones before)',
		columns: [{ label: 'Competency', rowHeader: true }, { label: 'Trend' }, { label: 'Change', num: true }, { label: 'Last practised' }],
		rows: competencies.map((c) => {
			const trend = TRENDS[c.trend?.direction] || TRENDS.steady;
			return [names.competency(c.competency), h('span', {}, h('span', { 'aria-hidden': 'true' }, `${trend.icon} `), trend.label),
				c.trend?.direction === 'insufficient-evidence' ? '–' : `${c.trend?.delta > 0 ? '+' : ''}${format.number(c.trend?.delta, 1)}`,
				format.date(c.lastPractisedAt)];
		}),
	}) : null);
}

function weakAreasView(report) {
	const areas = report.weakAreas || [];
	const start = staffView ? null : h('button', { type: 'button', class: 'btn btn-primary btn-large', onClick: (event) => startTargeted(event.currentTarget, report.roleTrack) }, 'Start targeted practice');
	if (!areas.length) {
		return h('div', {}, h('p', {}, 'No weak areas: every competency practised is at its target. Weak areas appear when a competency falls below its target or the role needs more answers in it.'),
			staffView ? null : h('a', { class: 'btn btn-primary', href: '/practice' }, 'Practise more'));
	}
	return h('div', { class: 'stack' },
		staffView ? null : h('div', {}, h('p', {}, 'A targeted drill draws questions on these competencies, weakest first.'), start, h('div', { id: 'targeted-status' })),
		h('div', { class: 'grid' }, areas.map((area) => weakAreaCard(area, report.roleTrack))));
}

/**
 * The practice page with a targeted drill for the role track chosen: the drill draws on
 * the learner's weakest competencies, which this question is one way into.
 */
function drillHref(roleTrack) {
	const query = new URLSearchParams({ mode: 'targeted' });
	if (roleTrack) {
		query.set('roleTrack', roleTrack);
	}
	return `/practice?${query}`;
}

function recommendedQuestion(question, roleTrack) {
	const text = question.questionText || question.questionId;
	if (staffView) {
		return h('li', {}, textWithId(question.questionText, question.questionId));
	}
	return h('li', { class: 'recommended-question', dataset: { questionId: question.questionId } }, h('span', {}, text), ' ',
		h('a', { class: 'drill-link', href: drillHref(roleTrack) }, 'Practise in a targeted drill',
			h('span', { class: 'visually-hidden' }, ` (on “${text}”)`)));
}

function weakAreaCard(area, roleTrack) {
	const mastery = area.mastery ?? 0;
	return h('article', { class: 'card weak-area' },
		h('h3', {}, h('span', {}, area.competencyName || names.competency(area.competency)),
			h('span', { class: 'badge badge-warn' }, area.mastery === null ? 'Not practised' : `${format.number(area.mastery)} of ${area.target}`)),
		h('div', { class: 'gap-line' },
			h('span', { class: 'bar-track', 'aria-hidden': 'true' },
				h('span', { class: 'bar-fill', style: `width:${Math.min(100, mastery)}%;display:block` }),
				h('span', { class: 'target-mark', style: `left:${Math.min(100, area.target)}%` })),
			h('span', { class: 'visually-hidden' }, `Mastery ${format.number(mastery)}, target ${area.target}.`)),
		h('p', {}, area.reason),
		area.missedKeyPoints?.length ? h('div', {}, h('p', { class: 'label' }, 'Key points missed most'),
			h('ul', { class: 'plain' }, area.missedKeyPoints.map((point) => h('li', {}, staffView ? textWithId(point.description, point.criterionId) : point.description,
				h('span', { class: 'muted small' }, ` (missed ${point.missed}${point.partial ? `, partly ${point.partial}` : ''} of ${point.assessed})`))))) : null,
		area.recommendedQuestions?.length ? h('div', {}, h('p', { class: 'label' }, 'Recommended questions'),
			h('ul', { class: 'plain recommended-questions' }, area.recommendedQuestions.map((question) => recommendedQuestion(question, roleTrack)))) : null);
}

async function startTargeted(button, roleTrack) {
	const status = document.getElementById('targeted-status');
	if (!roleTrack) {
		location.assign('/practice?mode=targeted');
		return;
	}
	button.disabled = true;
	replace(status, loading('Drawing questions on your weak areas…'));
	try {
		await startSession({ roleTrack, mode: 'targeted' });
	}
	catch (error) {
		button.disabled = false;
		replace(status, problemBox(error, { title: 'The targeted session could not start' }));
	}
}

function answersView(data) {
	const answers = answersIn(data);
	if (!answers.length) {
		return h('p', { class: 'muted' }, staffView
			? `No answers scored yet: they appear here once ${learnerId} answers a question.`
			: 'No answers scored yet: they appear here once you answer a question.');
	}
	return dataTable({
		caption: 'Newest first',
		columns: [{ label: 'Submitted' }, { label: 'Question' }, { label: 'Score', num: true }, { label: 'Feedback' }],
		rows: answers.map((answer) => [format.dateTime(answer.submittedAt), staffView ? textWithId(answer.questionText, answer.questionId) : (answer.questionText || answer.questionId),
			barCell(answer.score, 100, String(answer.score)),
			h('a', { href: `/answers/${seg(answer.answerId)}` }, 'See feedback', h('span', { class: 'visually-hidden' }, ` on the answer of ${format.dateTime(answer.submittedAt)}`))]),
	});
}
