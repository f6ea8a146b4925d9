// Charts drawn with Chart.js from its WebJar. Every chart has a text description for screen
// readers and its data as a table under "Show the data as a table".
import { h, dataTable } from './ui.js';

const CHART_JS = '/webjars/chart.js/dist/chart.umd.min.js';

export const palette = {
	blue: '#0a58a8',
	orange: '#b35900',
	green: '#16613a',
	purple: '#6a3d9a',
	grey: '#5b6472',
	red: '#a3161a',
	teal: '#00707a',
	lightBlue: 'rgba(10, 88, 168, 0.25)',
};

export const series = [palette.blue, palette.orange, palette.green, palette.purple, palette.teal, palette.red, palette.grey];

let loaded;

/** Loads Chart.js once; its UMD bundle sets globalThis.Chart when imported. */
export function loadChart() {
	if (!loaded) {
		loaded = import(CHART_JS).then(() => {
			const Chart = globalThis.Chart;
			Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
			Chart.defaults.font.size = 13;
			Chart.defaults.color = '#1a1f26';
			Chart.defaults.borderColor = '#d5dbe3';
			Chart.defaults.maintainAspectRatio = false;
			if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
				Chart.defaults.animation = false;
			}
			return Chart;
		});
	}
	return loaded;
}

/**
 * A chart in a figure: title, canvas (role img, described by `description`) and the data as
 * a table. Returns the figure at once and draws into it when Chart.js is loaded.
 */
export function chartFigure({ title, description, height = 300, config, table }) {
	const canvas = h('canvas', { role: 'img', 'aria-label': description });
	const figure = h('figure', { class: 'chart' },
		h('figcaption', {}, title),
		h('div', { class: 'chart-box', style: `height:${height}px` }, canvas),
		table ? h('details', {}, h('summary', {}, 'Show the data as a table'), dataTable({ ...table, caption: table.caption || title })) : null);
	loadChart().then((Chart) => {
		const chart = new Chart(canvas, config);
		canvas.chart = chart;
	}).catch(() => {
		figure.querySelector('.chart-box').replaceWith(h('p', { class: 'alert alert-warning' }, 'The chart could not be drawn; the data is in the table below.'));
	});
	return figure;
}

/** The category axis of a horizontal bar chart: every label shown, none skipped. */
export const categoryAxis = { ticks: { autoSkip: false } };

/** Axis options for a 0-100 score or mastery scale. */
export function scoreAxis(title) {
	return { min: 0, max: 100, title: { display: Boolean(title), text: title }, ticks: { stepSize: 20 } };
}

/** A long axis label as lines of at most `width` characters, so Chart.js does not cut it. */
export function wrapLabel(text, width = 24) {
	const lines = [];
	let line = '';
	for (const word of String(text).split(' ')) {
		if (line && (line + ' ' + word).length > width) {
			lines.push(line);
			line = word;
		}
		else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) {
		lines.push(line);
	}
	return lines.length > 1 ? lines : lines[0] || '';
}
