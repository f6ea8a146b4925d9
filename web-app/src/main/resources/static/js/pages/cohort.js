// Staff: one cohort's dashboard. Readiness rate, the learners × competencies heatmap, what
// blocks readiness, the key points missed most, question statistics and the weekly trend;
// each learner's row leads to their report.
import { api, seg } from '../api.js';
import { startPage } from '../layout.js';
import { chartFigure, palette, scoreAxis, wrapLabel, categoryAxis } from '../charts.js';
import { h, replace, loading, problemBox, emptyState, format, namesFrom, pathParam, dataTable, barCell, scrollable, textWithId } from '../ui.js';

const PAGE_SIZE = 100;
const content = document.getElementById('content');
const title = document.getElementById('page-title');
const cohortId = pathParam(1);
const me = await startPage({ roles: ['coach', 'director', 'admin'], section: '/cohorts' });
let names;

title.textContent = `Cohort ${cohortId}`;
document.title = `Cohort ${cohortId} · Readyroom`;
load();

async function load() {
	replace(content, loading(`Loading the dashboard of ${cohortId}…`));
	const base = `/api/analytics/cohorts/${seg(cohortId)}`;
	const [dashboard, matrix, model] = await Promise.allSettled([
		api(`${base}/dashboard`),
		api(`${base}/matrix?page=0&size=${PAGE_SIZE}`),
		api('/api/session/competency-model'),
	]);
	if (dashboard.status === 'rejected') {
		replace(content, dashboardUnavailable(dashboard.reason));
		return;
	}
	const figures = dashboard.value;
	names = namesFrom(model.status === 'fulfilled' ? model.value : null,
		[...(figures.competencies || []), ...(figures.blocking || [])].map((c) => [c.competency, c.competencyName]));
	replace(content,
		h('p', { class: 'breadcrumb' }, h('a', { href: '/cohorts' }, '← All cohorts'), ' · ',
			h('a', { href: `/cohorts/${seg(cohortId)}/assignments` }, 'Assignments'), ' · ',
			h('a', { href: `/exports?cohort=${seg(cohortId)}` }, 'Export this cohort'), ' · ',
			h('a', { href: `/review?cohort=${seg(cohortId)}` }, 'Review its answers'), ' · ',
			h('a', { href: `/agreement?scope=${seg(cohortId)}` }, 'Scorer and reviewer agreement')),
		kpis(figures),
		section('heatmap-heading', 'Learners × competencies', matrix.status === 'fulfilled' ? heatmap(matrix.value, figures) : problemBox(matrix.reason)),
		h('div', { class: 'grid-2' },
			section('spread-heading', 'Mastery across the cohort', spreadChart(figures)),
			h('div', { class: 'stack' },
				section('blocking-heading', 'What keeps learners from being ready', blockingChart(figures)),
				section('weekly-heading', 'Weekly trend', weeklyChart(figures)))),
		section('missed-heading', 'Key points missed most', missedKeyPoints(figures)),
		section('questions-heading', 'Question statistics', questionStatistics(figures)),
		h('p', { class: 'small muted' }, `Figures computed ${format.dateTime(figures.computedAt)}.`));
	showMembership(figures);
	content.insertBefore(assignmentsSection(), content.lastElementChild);
}

/**
 * Why there is no dashboard. analytics-service answers 404 rather than 403 for a cohort
 * of another program, so as not to tell whether it exists; the person's own cohorts and
 * program, from their sign-in, tell "not yours" from "no figures yet".
 */
function dashboardUnavailable(error) {
	const notTheirs = me.role === 'coach' && !me.cohortIds.includes(cohortId);
	if (error?.status === 403 || (error?.status === 404 && notTheirs)) {
		return h('div', { class: 'alert alert-error', role: 'alert' },
			h('p', { class: 'alert-title' }, 'You cannot open this cohort'),
			h('p', {}, notTheirs
				? `Not in your cohorts: coaches see the cohorts they coach (${me.cohortIds.join(', ') || 'none yet'}).`
				: error?.problem?.detail || 'Your role or program does not include this cohort.'),
			h('p', {}, h('a', { href: '/cohorts' }, 'Back to your cohorts')));
	}
	if (error?.status === 404 && me.role === 'director') {
		return h('div', { class: 'alert alert-error', role: 'alert' },
			h('p', { class: 'alert-title' }, 'Not in your program'),
			h('p', {}, `Cohort ${cohortId} is not a cohort of your program ${me.programId} that has figures. A cohort of your program appears here once one of its learners practises.`),
			h('p', {}, h('a', { href: '/cohorts' }, 'Back to your program\'s cohorts')));
	}
	if (error?.status === 404) {
		return emptyState({ title: 'No figures for this cohort yet', text: 'They appear once a learner of this cohort starts a practice session or answers a question.', action: { label: 'Back to cohorts', href: '/cohorts' } });
	}
	return problemBox(error, { title: 'The dashboard could not be loaded', retry: load });
}

function section(id, heading, ...body) {
	return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, heading), body);
}

function kpi(label, value, note) {
	return h('div', { class: 'kpi' }, h('dt', {}, label), h('dd', {}, value, note ? h('span', { class: 'kpi-note' }, note) : null));
}

function kpis(figures) {
	return h('dl', { class: 'kpis' },
		kpi('Readiness rate', format.percent(figures.readinessRate), `${figures.readyLearners} of ${figures.learnersWithTarget} learners with a target role`),
		kpi('Learners', String(figures.learners)),
		kpi('Answers scored', format.number(figures.answers)),
		kpi('Mean score', format.number(figures.meanScore)),
		kpi('Sessions', `${format.number(figures.sessionsCompleted)} of ${format.number(figures.sessionsStarted)}`, 'completed of started'));
}

/**
 * One blue, darker for higher mastery: readable by colour-blind people, and the dark text
 * keeps a contrast above 4.5:1 on every shade. The number is always shown too.
 */
function tint(value) {
	const lightness = 96 - Math.max(0, Math.min(100, value)) * 0.36;
	return `hsl(210, 75%, ${lightness}%)`;
}

function heatmap(firstPage, figures) {
	const competencyIds = [...new Set([...(figures.competencies || []).map((c) => c.competency),
		...firstPage.rows.flatMap((row) => Object.keys(row.mastery || {}))])]
		.sort((a, b) => names.competency(a).localeCompare(names.competency(b)));
	if (!firstPage.rows.length) {
		return h('p', { class: 'muted' }, 'No learners yet: a learner appears here with their first practice session.');
	}
	if (!competencyIds.length) {
		return h('p', { class: 'muted' }, 'No answers scored yet: mastery appears when a learner of this cohort answers a question.');
	}
	const body = h('tbody', {});
	const more = h('div', { class: 'actions' });
	const counter = h('p', { class: 'small muted', 'aria-live': 'polite' });
	let shown = 0;
	const addRows = (page) => {
		page.rows.forEach((row) => body.appendChild(heatmapRow(row, competencyIds)));
		shown += page.rows.length;
		counter.textContent = `Showing ${shown} of ${page.learners} learners.`;
		replace(more);
		if (shown < page.learners) {
			more.appendChild(h('button', { type: 'button', class: 'btn btn-secondary', onClick: () => loadMore(page.page + 1) }, `Show the next ${Math.min(PAGE_SIZE, page.learners - shown)} learners`));
		}
	};
	const loadMore = async (pageNumber) => {
		replace(more, loading('Loading more learners…'));
		try {
			addRows(await api(`/api/analytics/cohorts/${seg(cohortId)}/matrix?page=${pageNumber}&size=${PAGE_SIZE}`));
		}
		catch (error) {
			replace(more, problemBox(error, { retry: () => loadMore(pageNumber) }));
		}
	};
	addRows(firstPage);
	return h('div', {},
		h('p', { class: 'hint' }, 'Mastery from 0 to 100 per learner and competency, from their scored answers. Open a learner for their report and answers.'),
		h('ul', { class: 'legend', 'aria-label': 'Colour legend' },
			[[20, 'below 40'], [50, '40–59'], [70, '60–79'], [90, '80 and above']].map(([value, label]) => h('li', {}, h('span', { class: 'swatch', style: `background:${tint(value)}` }), label)),
			h('li', {}, h('span', { class: 'swatch', style: 'background:#f1f3f6' }), '– not practised')),
		scrollable('Learners × competencies', h('table', { class: 'heatmap' },
			h('caption', { class: 'visually-hidden' }, `Mastery of each learner of ${cohortId} in each competency`),
			h('thead', {}, h('tr', {},
				h('th', { scope: 'col' }, 'Learner'),
				h('th', { scope: 'col' }, 'Ready'),
				h('th', { scope: 'col' }, 'Answers'),
				competencyIds.map((id) => h('th', { scope: 'col', class: 'competency', title: names.competency(id) }, h('span', {}, names.competency(id)))))),
			body)),
		counter, more);
}

function heatmapRow(row, competencyIds) {
	return h('tr', {},
		h('th', { scope: 'row' }, h('a', { href: `/learners/${seg(row.learnerId)}` }, row.learnerId)),
		h('td', {}, row.roleTrack
			? (row.ready ? h('span', { class: 'badge badge-ok', title: names.roleTrack(row.roleTrack) }, '✓ Ready')
				: h('span', { class: 'badge badge-warn', title: `Blocked by ${(row.blocking || []).map((id) => names.competency(id)).join(', ')}` }, '✗ Not yet'))
			: h('span', { class: 'muted small' }, 'no target')),
		h('td', { class: 'num' }, String(row.answerCount)),
		competencyIds.map((id) => {
			const value = row.mastery?.[id];
			if (value === undefined || value === null) {
				return h('td', { class: 'cell none' }, h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'visually-hidden' }, 'not practised'));
			}
			return h('td', { class: 'cell', style: `background:${tint(value)}`, title: `${names.competency(id)}: ${format.number(value, 1)} from ${row.answers?.[id] ?? 0} answers` }, format.number(value));
		}));
}

function spreadChart(figures) {
	const distributions = [...(figures.competencies || [])].sort((a, b) => a.median - b.median);
	if (!distributions.length) {
		return h('p', { class: 'muted' }, 'No answers scored yet: the spread appears when a learner of this cohort answers a question.');
	}
	return chartFigure({
		title: 'Middle half of learners (bar) and median (dot), weakest first',
		description: `For each competency, a bar from the first to the third quartile of learner mastery and a dot at the median. ${distributions.map((d) => `${names.competency(d.competency)}: median ${format.number(d.median)}`).join('; ')}.`,
		height: Math.max(240, distributions.length * 40 + 70),
		config: {
			data: {
				labels: distributions.map((d) => wrapLabel(names.competency(d.competency))),
				datasets: [
					{ type: 'bar', label: 'First to third quartile', data: distributions.map((d) => [d.q1, Math.max(d.q3, d.q1 + 0.5)]), backgroundColor: palette.lightBlue, borderColor: palette.blue, borderWidth: 1 },
					{ type: 'line', label: 'Median', data: distributions.map((d) => d.median), showLine: false, pointRadius: 5, pointStyle: 'circle', backgroundColor: palette.blue, borderColor: palette.blue },
				],
			},
			options: { indexAxis: 'y', scales: { x: scoreAxis('Mastery'), y: categoryAxis } },
		},
		table: {
			columns: [{ label: 'Competency', rowHeader: true }, { label: 'Learners', num: true }, { label: 'Min', num: true }, { label: 'Q1', num: true }, { label: 'Median', num: true }, { label: 'Q3', num: true }, { label: 'Max', num: true }, { label: 'Mean', num: true }],
			rows: distributions.map((d) => [names.competency(d.competency), String(d.learners), format.number(d.min, 1), format.number(d.q1, 1), format.number(d.median, 1), format.number(d.q3, 1), format.number(d.max, 1), format.number(d.mean, 1)]),
		},
	});
}

function blockingChart(figures) {
	const blocking = figures.blocking || [];
	if (!blocking.length) {
		return h('p', { class: 'muted' }, figures.learnersWithTarget ? 'Nothing blocks readiness: every learner with a target role is ready.' : 'No learner has a target role yet.');
	}
	return chartFigure({
		title: 'Learners each competency keeps from being ready',
		description: `Bar chart: ${blocking.map((b) => `${names.competency(b.competency)} blocks ${b.learners}`).join('; ')}.`,
		height: Math.max(200, blocking.length * 40 + 70),
		config: {
			type: 'bar',
			data: { labels: blocking.map((b) => wrapLabel(names.competency(b.competency))), datasets: [{ label: 'Learners blocked', data: blocking.map((b) => b.learners), backgroundColor: palette.orange }] },
			options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Learners' } }, y: categoryAxis } },
		},
		table: { columns: [{ label: 'Competency', rowHeader: true }, { label: 'Learners blocked', num: true }], rows: blocking.map((b) => [names.competency(b.competency), String(b.learners)]) },
	});
}

function missedKeyPoints(figures) {
	const points = figures.missedKeyPoints || [];
	if (!points.length) {
		return h('p', { class: 'muted' }, figures.answers
			? 'No key point missed yet: every key point assessed so far was made.'
			: 'No answers scored yet: missed key points appear when a learner of this cohort answers a question.');
	}
	return dataTable({
		caption: 'Missed counts whole, partly made counts half',
		columns: [{ label: 'Key point', rowHeader: true }, { label: 'Question' }, { label: 'Missed', num: true }, { label: 'Partly', num: true }, { label: 'Assessed', num: true }, { label: 'Miss rate' }],
		rows: points.map((p) => [textWithId(p.description, p.criterionId), textWithId(p.questionText, p.questionId), String(p.missed), String(p.partial), String(p.assessed), barCell(p.missRate * 100, 100, format.percent(p.missRate))]),
	});
}

function weeklyChart(figures) {
	const weeks = figures.weeks || [];
	if (!weeks.length) {
		return h('p', { class: 'muted' }, 'No activity yet: each week appears once a learner of this cohort practises in it.');
	}
	return chartFigure({
		title: 'Mean score, answers and active learners per week',
		description: `Line chart of the weekly mean score with bars for answers and active learners. ${weeks.map((w) => `${w.week}: ${w.answers} answers, ${w.activeLearners} active, mean ${format.number(w.meanScore)}`).join('; ')}.`,
		height: 280,
		config: {
			data: {
				labels: weeks.map((w) => w.week),
				datasets: [
					{ type: 'line', label: 'Mean score', data: weeks.map((w) => w.meanScore), borderColor: palette.blue, backgroundColor: palette.blue, yAxisID: 'y', tension: 0.2, spanGaps: true },
					{ type: 'bar', label: 'Answers', data: weeks.map((w) => w.answers), backgroundColor: 'rgba(22, 97, 58, 0.45)', yAxisID: 'count' },
					{ type: 'bar', label: 'Active learners', data: weeks.map((w) => w.activeLearners), backgroundColor: 'rgba(179, 89, 0, 0.45)', yAxisID: 'count' },
				],
			},
			options: { scales: { y: scoreAxis('Mean score'), count: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 }, title: { display: true, text: 'Count' } } } },
		},
		table: {
			columns: [{ label: 'Week', rowHeader: true }, { label: 'Active learners', num: true }, { label: 'Sessions', num: true }, { label: 'Answers', num: true }, { label: 'Mean score', num: true }],
			rows: weeks.map((w) => [w.week, String(w.activeLearners), String(w.sessions), String(w.answers), format.number(w.meanScore, 1)]),
		},
	});
}

function questionStatistics(figures) {
	const questions = [...(figures.questions || [])].sort((a, b) => a.meanScore - b.meanScore);
	if (!questions.length) {
		return h('p', { class: 'muted' }, 'No answers scored yet: a question appears here when a learner of this cohort answers it.');
	}
	return h('div', {},
		h('p', { class: 'hint' }, 'Hardest first. Discrimination: how much better the strongest learners do on the question than the weakest (−1 to 1; blank with fewer than 4 learners).'),
		dataTable({
			caption: 'Per question',
			captionHidden: true,
			columns: [{ label: 'Question', rowHeader: true }, { label: 'Attempts', num: true }, { label: 'Learners', num: true }, { label: 'Mean score' }, { label: 'Discrimination', num: true }],
			rows: questions.map((q) => [textWithId(q.questionText, q.questionId), String(q.attempts), String(q.learners), barCell(q.meanScore), q.discrimination === null || q.discrimination === undefined ? '–' : format.number(q.discrimination, 2)]),
		}));
}

/**
 * The cohort's name and term, as the program set them, and how many of its learners have
 * no target role: readiness is not judged for them and they are left out of the rate.
 */
function showMembership(figures) {
	const label = figures.name ? `${figures.name} (${cohortId})` : `Cohort ${cohortId}`;
	title.textContent = label;
	document.title = `${label} · Readyroom`;
	const notes = [];
	if (figures.closed) {
		notes.push(h('span', { class: 'badge badge-neutral' }, 'Closed: term ended'));
	}
	if (figures.learnersWithoutTarget) {
		notes.push(h('span', {}, `${figures.learnersWithoutTarget} of ${figures.learners} learners have no target role set: their readiness is not judged and not in the readiness rate.`));
	}
	if (notes.length) {
		content.insertBefore(h('p', { class: 'small' }, notes.map((note, i) => [i ? ' · ' : null, note])), content.firstElementChild?.nextElementSibling ?? null);
	}
}

/** The cohort's assignments: who has done each on time, late, or not yet. */
function assignmentsSection() {
	const body = h('div', {}, loading('Loading the assignments…'));
	loadAssignments(body);
	return section('assignments-heading', 'Assignments', body);
}

async function loadAssignments(body) {
	try {
		const { assignments } = await api(`/api/analytics/cohorts/${seg(cohortId)}/assignments`);
		replace(body, assignments.length ? assignmentsTable(assignments) : h('p', { class: 'muted' }, 'Nothing assigned to this cohort.'));
	}
	catch (error) {
		replace(body, problemBox(error, { title: 'The assignments could not be loaded', retry: () => loadAssignments(body) }));
	}
}

function assignmentsTable(assignments) {
	return h('div', {},
		h('p', { class: 'hint' }, 'Each learner counts once, by their first completed session from the assignment. Overdue: not done and past the due date.'),
		dataTable({
			caption: 'Assignments, the earliest due first',
			captionHidden: true,
			columns: [{ label: 'Assignment', rowHeader: true }, { label: 'Due' }, { label: 'For', num: true }, { label: 'On time', num: true }, { label: 'Late', num: true }, { label: 'Not yet', num: true }, { label: 'Overdue', num: true }],
			rows: assignments.map((a) => [
				a.learnerId ? [a.title, h('span', { class: 'small muted' }, ` (${a.learnerId})`)] : a.title,
				format.dateTime(a.dueAt),
				String(a.learners),
				String(a.completedOnTime),
				String(a.completedLate),
				String(a.notYetDone),
				a.overdue ? h('span', { class: 'badge badge-warn' }, String(a.overdue)) : '0',
			]),
		}));
}
