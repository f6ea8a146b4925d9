// The frame of every page: the header with the navigation of the signed-in person's role,
// who they are, and signing out.
import { api } from './api.js';
import { h, replace, problemBox } from './ui.js';

function isCurrent(href, section) {
	if (section) {
		return href === section;
	}
	return location.pathname === href || location.pathname.startsWith(href + '/');
}

function renderHeader(me, section) {
	const header = document.getElementById('site-header');
	if (!header) {
		return;
	}
	const inner = h('div', { class: 'container header-inner' },
		h('a', { class: 'brand', href: '/' }, h('img', { src: '/images/favicon.svg', alt: '', width: 28, height: 28 }), 'Readyroom'));
	if (me && me.navigation?.length) {
		inner.appendChild(h('nav', { class: 'main-nav', 'aria-label': 'Main' }, h('ul', {},
			me.navigation.map((link) => h('li', {}, h('a', { href: link.href, 'aria-current': isCurrent(link.href, section) ? 'page' : null }, link.label))))));
	}
	if (me) {
		inner.appendChild(h('div', { class: 'account' },
			h('span', {}, h('span', { class: 'visually-hidden' }, 'Signed in as '), me.id,
				me.role ? h('span', { class: 'role-badge' }, me.role) : null),
			h('form', { method: 'post', action: '/logout' },
				h('input', { type: 'hidden', name: me.signOut.parameterName, value: me.signOut.token }),
				h('button', { type: 'submit', class: 'btn btn-secondary btn-small' }, 'Sign out'))));
	}
	else {
		inner.appendChild(h('div', { class: 'account' }, h('a', { class: 'btn btn-secondary btn-small', href: '/sign-in' }, 'Sign in')));
	}
	replace(header, inner);
}

/**
 * Starts a page for a signed-in person: draws the header and returns who they are. A page
 * for other roles says so. section: the navigation entry to mark as current.
 */
export async function startPage({ roles, section } = {}) {
	const content = document.getElementById('content');
	let me;
	try {
		me = await api('/api/me');
	}
	catch (error) {
		renderHeader(null);
		if (content) {
			replace(content, problemBox(error, { retry: () => location.reload() }));
		}
		throw error;
	}
	renderHeader(me, section);
	if (roles && !roles.includes(me.role)) {
		replace(content, h('div', { class: 'alert alert-warning', role: 'alert' },
			h('p', { class: 'alert-title' }, 'This page is not for your role'),
			h('p', {}, h('a', { href: me.home }, 'Go to your start page'))));
		throw new Error('role');
	}
	return me;
}

/** The header of a page for people who are not signed in. */
export function showSignedOutHeader() {
	renderHeader(null);
}

/** Starts a page anyone may see; returns who is signed in, or null. */
export async function startPublicPage() {
	let me = null;
	try {
		me = await api('/api/me', { signInOnRefusal: false });
	}
	catch {
		me = null;
	}
	renderHeader(me);
	return me;
}

/** The program a staff page works on: ?program= (an admin's choice) or the person's own. */
export function programOf(me) {
	return new URLSearchParams(location.search).get('program') || me.programId;
}
