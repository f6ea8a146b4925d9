// Small DOM helpers shared by the pages: element building (text only, never HTML strings),
// loading, error and empty states, and formatting.

/**
 * Builds an element. attrs: class, text, on<Event> handlers, dataset, boolean and string
 * attributes; children: nodes, strings, arrays, null (skipped).
 */
export function h(tag, attrs = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs || {})) {
		if (value === null || value === undefined || value === false) {
			continue;
		}
		if (name === 'class') {
			element.className = value;
		}
		else if (name === 'text') {
			element.textContent = value;
		}
		else if (name === 'dataset') {
			Object.assign(element.dataset, value);
		}
		else if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.substring(2).toLowerCase(), value);
		}
		else if (name === 'value' && 'value' in element) {
			element.value = value;
		}
		else if (value === true) {
			element.setAttribute(name, '');
		}
		else {
			element.setAttribute(name, String(value));
		}
	}
	append(element, children);
	return element;
}

function append(element, children) {
	for (const child of children) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		if (Array.isArray(child)) {
			append(element, child);
		}
		else if (child instanceof Node) {
			element.appendChild(child);
		}
		else {
			element.appendChild(document.createTextNode(String(child)));
		}
	}
}

export function replace(container, ...children) {
	container.replaceChildren();
	append(container, children);
	return container;
}

/**
 * A progress indicator announced to screen readers; after a few seconds it says the wait is
 * expected, so nobody wonders whether the page hangs.
 */
export function loading(label, slowNote = 'Still working: large cohorts take a moment.') {
	const note = h('span', { class: 'small' });
	const element = h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
		h('span', {}, label, ' ', note));
	const timer = setTimeout(() => {
		note.textContent = slowNote;
	}, 4000);
	element.stop = () => clearTimeout(timer);
	new MutationObserver((_, observer) => {
		if (!element.isConnected) {
			clearTimeout(timer);
			observer.disconnect();
		}
	}).observe(document.body, { childList: true, subtree: true });
	return element;
}

/** Shows a loading indicator in container while work runs; returns the work's result. */
export async function withLoading(container, label, work) {
	replace(container, loading(label));
	return work();
}

/** An error box from an ApiError (problem detail) or any error. */
export function problemBox(error, { title, retry } = {}) {
	if (error?.signingIn) {
		return h('div', { class: 'alert alert-info', role: 'status' },
			h('p', { class: 'alert-title' }, 'Your sign-in has expired'),
			h('p', {}, 'Taking you to sign in again…'));
	}
	const problem = error?.problem || {};
	const heading = title || problem.title || 'Something went wrong';
	const detail = problem.detail || error?.message || 'Please try again.';
	const errors = Array.isArray(problem.errors) ? problem.errors : [];
	return h('div', { class: 'alert alert-error', role: 'alert' },
		h('p', { class: 'alert-title' }, heading),
		h('p', {}, detail),
		errors.length ? problemErrors(errors) : null,
		error?.status ? h('p', { class: 'small muted' }, `HTTP ${error.status}${problem.type ? ' · ' + problem.type.replace('https://readyroom.io/problems/', '') : ''}`) : null,
		retry ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn btn-secondary', onClick: retry }, 'Try again')) : null);
}

function problemErrors(errors) {
	return scrollable('Problems found', h('table', { class: 'data' },
		h('caption', {}, `${errors.length} problem${errors.length === 1 ? '' : 's'} found`),
		h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Where'), h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'What is wrong'))),
		h('tbody', {}, errors.map((problem) => h('tr', {},
			h('td', {}, problem.item ?? problem.source ?? ''),
			h('td', {}, h('code', {}, problem.field ?? '')),
			h('td', {}, problem.message ?? String(problem)))))));
}

export function showError(container, error, options) {
	return replace(container, problemBox(error, options));
}

/** An empty state: what is missing and, where there is one, the next step. */
export function emptyState({ title, text, action, headingLevel = 'h2' }) {
	return h('div', { class: 'empty-state' },
		h(headingLevel, {}, title),
		text ? h('p', { class: 'muted' }, text) : null,
		action ? actionButton(action) : null);
}

function actionButton(action) {
	if (action.href) {
		return h('a', { class: 'btn btn-primary', href: action.href }, action.label);
	}
	return h('button', { type: 'button', class: 'btn btn-primary', onClick: action.onClick }, action.label);
}

/** A polite live region for short announcements ("Answer saved"). */
export function announce(text) {
	let region = document.getElementById('announcer');
	if (!region) {
		region = h('div', { id: 'announcer', class: 'visually-hidden', 'aria-live': 'polite' });
		document.body.appendChild(region);
	}
	region.textContent = '';
	setTimeout(() => {
		region.textContent = text;
	}, 50);
}

export function humanize(id) {
	if (!id) {
		return '';
	}
	const words = String(id).replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What people read for something the API names by id: its text, with the id small beside
 * it for staff who look it up elsewhere; the id alone when there is no text.
 */
export function textWithId(text, id) {
	if (!text) {
		return h('code', {}, id);
	}
	return h('span', { class: 'text-with-id' }, text, ' ', h('code', { class: 'id-note' }, id));
}

/**
 * The message of a refused or failed call, as the API says it: its title and detail, and
 * where to go instead.
 */
export function refusal(error, { title, back } = {}) {
	const problem = error?.problem || {};
	return h('div', { class: 'alert alert-error', role: 'alert' },
		h('p', { class: 'alert-title' }, title || problem.title || 'You cannot open this'),
		h('p', {}, problem.detail || error?.message || ''),
		back ? h('p', {}, h('a', { href: back.href }, back.label)) : null);
}

/**
 * Names of competencies and role tracks from the competency model; named: [id, name] pairs
 * an API response gave beside its ids, for when the model could not be loaded.
 */
export function namesFrom(model, named = []) {
	const competencies = new Map((model?.competencies || []).map((c) => [c.id, c]));
	const tracks = new Map((model?.roleTracks || []).map((t) => [t.id, t]));
	const given = new Map(named.filter(([id, name]) => id && name));
	return {
		competency: (id) => competencies.get(id)?.name || given.get(id) || humanize(id),
		competencyArea: (id) => competencies.get(id)?.area || '',
		roleTrack: (id) => tracks.get(id)?.name || humanize(id),
		track: (id) => tracks.get(id),
		competencies: [...competencies.values()],
		roleTracks: [...tracks.values()],
	};
}

export const format = {
	number(value, digits = 0) {
		if (value === null || value === undefined || Number.isNaN(value)) {
			return '–';
		}
		return Number(value).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
	},
	percent(ratio) {
		if (ratio === null || ratio === undefined) {
			return '–';
		}
		return `${Math.round(ratio * 100)}%`;
	},
	date(iso) {
		if (!iso) {
			return '–';
		}
		return new Date(iso).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
	},
	dateTime(iso) {
		if (!iso) {
			return '–';
		}
		return new Date(iso).toLocaleString('en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
	},
	duration(ms) {
		const seconds = Math.max(0, Math.floor(ms / 1000));
		return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
	},
};

/** A word for a score band, so a score is never told by colour alone. */
export function scoreBand(score) {
	if (score >= 80) {
		return { label: 'Strong', badge: 'badge-ok' };
	}
	if (score >= 60) {
		return { label: 'Good', badge: 'badge-ok' };
	}
	if (score >= 40) {
		return { label: 'Developing', badge: 'badge-warn' };
	}
	return { label: 'Needs work', badge: 'badge-bad' };
}

/** A horizontal bar with its value, for tables. */
export function barCell(value, max = 100, label) {
	const width = Math.max(0, Math.min(100, (value / max) * 100));
	return h('div', { class: 'bar-cell' },
		h('span', { class: 'bar-track', 'aria-hidden': 'true' }, h('span', { class: 'bar-fill', style: `width:${width}%;display:block` })),
		h('span', {}, label ?? format.number(value, 1)));
}

/** A table from columns ({label, num}) and rows (arrays of cell content). */
export function dataTable({ caption, columns, rows, captionHidden = false }) {
	return scrollable(caption, h('table', { class: 'data' },
		caption ? h('caption', { class: captionHidden ? 'visually-hidden' : null }, caption) : null,
		h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.num ? 'num' : null }, column.label)))),
		h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell, index) => index === 0 && columns[0].rowHeader
			? h('th', { scope: 'row' }, cell)
			: h('td', { class: columns[index]?.num ? 'num' : null }, cell)))))));
}

/**
 * A box that scrolls sideways when its content is wider than the page; only then it is a
 * tab stop (a named region), so keyboard users can scroll it too.
 */
export function scrollable(label, content) {
	const box = h('div', { class: 'table-wrap' }, content);
	new ResizeObserver(() => {
		if (box.scrollWidth > box.clientWidth + 1) {
			box.setAttribute('tabindex', '0');
			box.setAttribute('role', 'region');
			box.setAttribute('aria-label', `${label || 'Table'} (scrolls sideways)`);
		}
		else {
			box.removeAttribute('tabindex');
			box.removeAttribute('role');
			box.removeAttribute('aria-label');
		}
	}).observe(box);
	return box;
}

export function pathParam(position) {
	const parts = location.pathname.split('/').filter(Boolean);
	return decodeURIComponent(parts[position] || '');
}

export function queryParam(name) {
	return new URLSearchParams(location.search).get(name);
}

/** An alert box: kind error (announced at once), warning, success or info. */
export function alertBox(kind, title, ...body) {
	return h('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
		title ? h('p', { class: 'alert-title' }, title) : null,
		body.map((part) => (typeof part === 'string' ? h('p', {}, part) : part)));
}
