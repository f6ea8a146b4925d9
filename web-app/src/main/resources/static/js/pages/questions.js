// Director: import the program's own questions (YAML or JSON, validated whole: every problem
// is listed and nothing is imported) and list the ones the program has.
import { api, seg } from '../api.js';
import { startPage, programOf } from '../layout.js';
import { h, replace, loading, problemBox, alertBox, emptyState, dataTable, humanize } from '../ui.js';

const MAX_FILE_BYTES = 1000000;
const SAMPLE = `- id: our-hl7-interface-question
  text: An HL7 interface starts rejecting ADT messages after an upgrade. What do you do?
  type: situational
  difficulty: intermediate
  difficultyBasis: reasoned
  difficultyReason: Needs interface troubleshooting in order.
  roleTracks: [ehr-specialist]
  competencies:
    - { id: interoperability, weight: 1 }
  intent: Can the candidate troubleshoot an interface methodically?
  rubric:
    basis: authored
    structure: ordered-steps
    criteria:
      - id: check-error-log
        description: Reads the interface error log and the rejected messages first.
        weight: 2
        competency: interoperability
        expressions: [error log, rejected messages, ACK]
      - id: compare-versions
        description: Compares the message version and segments before and after the upgrade.
        weight: 1
        competency: interoperability
        expressions: [message version, segment, mapping]
      - id: coordinate-vendor
        description: Involves the vendor and informs affected clinical staff.
        weight: 1
        competency: interoperability
        expressions: [vendor, notify, downtime]
  modelAnswer: First I would read the interface error log ...`;

const content = document.getElementById('content');
const me = await startPage({ roles: ['director', 'admin'] });
const programId = programOf(me);
const imports = h('section', { class: 'card', 'aria-labelledby': 'import-heading' });
const listing = h('section', { class: 'card', 'aria-labelledby': 'listing-heading' });

if (!programId) {
	replace(content, alertBox('info', 'Choose a program', 'Open this page with ?program=<program id>.'));
}
else {
	replace(content, imports, listing);
	importForm();
	loadQuestions();
}

function importForm() {
	const file = h('input', { type: 'file', id: 'file', name: 'file', accept: '.yaml,.yml,.json,application/json,application/yaml', required: true, 'aria-describedby': 'file-hint' });
	const result = h('div', { id: 'import-result', tabindex: '-1' });
	const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Import questions');
	const form = h('form', { novalidate: true },
		h('div', { class: 'field' },
			h('label', { for: 'file' }, 'Question file'),
			h('p', { class: 'hint', id: 'file-hint' }, `YAML or JSON in the question bank's format: at most 1 MB and 200 questions. The whole file is checked first; with any problem nothing is imported. Re-importing a changed question gives it a new version.`),
			file),
		h('details', {}, h('summary', {}, 'Show an example question'), h('pre', { class: 'sample' }, h('code', {}, SAMPLE))),
		h('div', { class: 'actions' }, submit),
		result);
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const chosen = file.files[0];
		if (!chosen) {
			replace(result, alertBox('error', null, 'Choose a YAML or JSON file to import.'));
			file.focus();
			return;
		}
		if (chosen.size > MAX_FILE_BYTES) {
			replace(result, alertBox('error', 'The file is too large', `It has ${chosen.size} bytes; at most ${MAX_FILE_BYTES} are accepted. Split it into several imports.`));
			return;
		}
		submit.disabled = true;
		replace(result, loading(`Checking and importing ${chosen.name}…`));
		try {
			const outcomes = await api(`/api/session/programs/${seg(programId)}/questions`, {
				method: 'POST',
				body: await chosen.text(),
				contentType: /\.json$/i.test(chosen.name) ? 'application/json' : 'application/yaml',
			});
			replace(result, imported(outcomes || []));
			loadQuestions();
		}
		catch (error) {
			replace(result, problemBox(error, { title: error.status === 422 ? 'Nothing was imported: the file has problems' : 'The file could not be imported' }));
		}
		finally {
			submit.disabled = false;
			result.focus();
		}
	});
	replace(imports, h('h2', { id: 'import-heading' }, 'Import questions'), form);
}

function imported(outcomes) {
	const count = (change) => outcomes.filter((o) => o.change === change).length;
	return h('div', {},
		alertBox('success', `Imported ${outcomes.length} question${outcomes.length === 1 ? '' : 's'}`,
			`${count('CREATED')} new, ${count('NEW_VERSION')} with a new version, ${count('UNCHANGED')} unchanged.`),
		outcomes.length ? dataTable({
			caption: 'What the import did',
			columns: [{ label: 'Question', rowHeader: true }, { label: 'Version', num: true }, { label: 'Change' }],
			rows: outcomes.map((o) => [h('code', {}, o.questionId), String(o.version), humanize(String(o.change).toLowerCase())]),
		}) : null);
}

async function loadQuestions() {
	replace(listing, h('h2', { id: 'listing-heading' }, 'Your program\'s questions'), loading('Loading the questions…'));
	let questions;
	try {
		questions = await api(`/api/session/questions?programId=${seg(programId)}`);
	}
	catch (error) {
		replace(listing, h('h2', { id: 'listing-heading' }, 'Your program\'s questions'), problemBox(error, { retry: loadQuestions }));
		return;
	}
	const own = questions.filter((q) => q.programId === programId);
	const shared = questions.length - own.length;
	replace(listing, h('h2', { id: 'listing-heading' }, 'Your program\'s questions'),
		h('p', { class: 'muted' }, `Your learners also get the ${shared} questions of the shared bank.`),
		own.length ? dataTable({
			caption: `${own.length} question${own.length === 1 ? '' : 's'} of ${programId}`,
			columns: [{ label: 'Question', rowHeader: true }, { label: 'Version', num: true }, { label: 'Type' }, { label: 'Difficulty' }, { label: 'Role tracks' }, { label: 'Text' }],
			rows: own.map((q) => [h('code', {}, q.questionId), String(q.version), humanize(q.type), humanize(q.difficulty), (q.roleTracks || []).join(', '), q.text]),
		}) : emptyState({ title: 'No questions of your own yet', text: 'Import a file above to add some.', headingLevel: 'h3' }));
}
