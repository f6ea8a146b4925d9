// The front door before signing in (a signed-in person is sent on to their start page).
import { showSignedOutHeader } from '../layout.js';
import { h, replace } from '../ui.js';

showSignedOutHeader();
if (new URLSearchParams(location.search).has('sign-in-failed')) {
	replace(document.getElementById('content'), h('div', { class: 'alert alert-error', role: 'alert' },
		h('p', { class: 'alert-title' }, 'Signing in did not complete'),
		h('p', {}, 'The identity server did not confirm your sign-in. Try again; if it keeps failing, check that the identity server is running.')));
}
