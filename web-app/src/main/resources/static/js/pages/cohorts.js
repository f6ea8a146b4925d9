// Staff: the cohorts at a glance and, for a director, side by side.
import { api, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { cohortsOf } from '../cohort-list.js';
import { chartFigure, palette, series, scoreAxis, wrapLabel, categoryAxis } from '../charts.js';
import { h, replace, loading, problemBox, emptyState, format, namesFrom } from '../ui.js';

const content = document.getElementById('content');
const me = await startPage({ roles: ['coach', 'director', 'admin'] });
const programId = programOf(me);

load();

async function load() {
	replace(content, loading('Loading your cohorts…'));
	let cohorts;
	let model = null;
	try {
		[cohorts, model] = await Promise.all([cohortsOf(me, programId), api('/api/session/competency-model').catch(() => null)]);
	}
	catch (error) {
		replace(content, problemBox(error, { title: 'Your cohorts could not be loaded', retry: load }));
		return;
	}
	const names = namesFrom(model);
	if (!cohorts.cohortIds.length) {
		replace(content, emptyState({
			title: 'No cohorts yet',
			text: me.role === 'coach'
				? 'Your account names no cohort. Ask your program director to assign you one.'
				: `Program ${programId} has no cohort figures yet. They appear shortly after its learners' first practice session.`,
		}));
		return;
	}
	const summaries = cohorts.comparison ? cohorts.comparison.cohorts : await coachSummaries(cohorts.cohortIds);
	replace(content,
		h('section', { 'aria-labelledby': 'cohort-cards' }, h('h2', { id: 'cohort-cards' }, me.role === 'coach' ? 'Your cohorts' : `Cohorts of ${programId}`),
			h('div', { class: 'grid' }, summaries.map(cohortCard))),
		summaries.filter((s) => s.learners !== undefined).length > 1 ? comparison(summaries, names) : null);
}

async function coachSummaries(cohortIds) {
	const dashboards = await Promise.allSettled(cohortIds.map((id) => api(`/api/analytics/cohorts/${seg(id)}/dashboard`)));
	return dashboards.map((result, index) => {
		if (result.status === 'rejected') {
			return { cohortId: cohortIds[index], error: result.reason };
		}
		const dashboard = result.value;
		const medianMastery = Object.fromEntries((dashboard.competencies || []).map((c) => [c.competency, c.median]));
		return { cohortId: dashboard.cohortId, learners: dashboard.learners, readinessRate: dashboard.readinessRate, answers: dashboard.answers, meanScore: dashboard.meanScore, medianMastery };
	});
}

function cohortCard(summary) {
	const link = h('a', { href: `/cohorts/${seg(summary.cohortId)}` }, summary.cohortId);
	if (summary.error) {
		return h('article', { class: 'card' }, h('h3', {}, link),
			h('p', { class: 'muted' }, summary.error.status === 404 ? 'No figures yet: they appear shortly after the first practice session.' : summary.error.message));
	}
	return h('article', { class: 'card' }, h('h3', {}, link),
		h('dl', { class: 'mini-kpis' },
			h('div', {}, h('dt', { class: 'muted small' }, 'Ready'), h('dd', {}, h('strong', {}, format.percent(summary.readinessRate)))),
			h('div', {}, h('dt', { class: 'muted small' }, 'Learners'), h('dd', {}, String(summary.learners))),
			h('div', {}, h('dt', { class: 'muted small' }, 'Mean score'), h('dd', {}, format.number(summary.meanScore)))),
		h('p', { class: 'small muted' }, `${format.number(summary.answers)} answers scored`));
}

function comparison(summaries, names) {
	const cohorts = summaries.filter((s) => s.learners !== undefined);
	const labels = cohorts.map((c) => c.cohortId);
	const competencies = [...new Set(cohorts.flatMap((c) => Object.keys(c.medianMastery || {})))].sort((a, b) => names.competency(a).localeCompare(names.competency(b)));
	return h('section', { class: 'stack', 'aria-labelledby': 'comparison-heading' },
		h('h2', { id: 'comparison-heading' }, 'Cohort comparison'),
		h('div', { class: 'grid-2' },
			h('div', { class: 'card' }, chartFigure({
				title: 'Readiness rate and mean score',
				description: `Grouped bar chart per cohort. ${cohorts.map((c) => `${c.cohortId}: ${format.percent(c.readinessRate)} ready, mean score ${format.number(c.meanScore)}`).join('; ')}.`,
				config: {
					type: 'bar',
					data: {
						labels,
						datasets: [
							{ label: 'Ready (%)', data: cohorts.map((c) => Math.round(c.readinessRate * 100)), backgroundColor: palette.green },
							{ label: 'Mean score', data: cohorts.map((c) => c.meanScore), backgroundColor: palette.blue },
						],
					},
					options: { scales: { y: scoreAxis('') } },
				},
				table: {
					columns: [{ label: 'Cohort', rowHeader: true }, { label: 'Learners', num: true }, { label: 'Ready', num: true }, { label: 'Answers', num: true }, { label: 'Mean score', num: true }],
					rows: cohorts.map((c) => [c.cohortId, String(c.learners), format.percent(c.readinessRate), format.number(c.answers), format.number(c.meanScore, 1)]),
				},
			})),
			competencies.length ? h('div', { class: 'card' }, chartFigure({
				title: 'Median mastery by competency',
				description: `Horizontal grouped bar chart of each cohort's median learner mastery per competency, 0 to 100.`,
				height: Math.max(260, competencies.length * Math.max(36, 12 + 12 * cohorts.length) + 80),
				config: {
					type: 'bar',
					data: {
						labels: competencies.map((id) => wrapLabel(names.competency(id))),
						datasets: cohorts.map((c, i) => ({ label: c.cohortId, data: competencies.map((id) => c.medianMastery?.[id] ?? null), backgroundColor: series[i % series.length] })),
					},
					options: { indexAxis: 'y', scales: { x: scoreAxis('Median mastery'), y: categoryAxis } },
				},
				table: {
					columns: [{ label: 'Competency', rowHeader: true }, ...cohorts.map((c) => ({ label: c.cohortId, num: true }))],
					rows: competencies.map((id) => [names.competency(id), ...cohorts.map((c) => format.number(c.medianMastery?.[id], 1))]),
				},
			})) : null));
}
