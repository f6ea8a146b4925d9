package io.readyroom.session.practice;

import java.net.URI;

import io.readyroom.session.bank.QuestionCatalog;
import io.readyroom.session.program.TargetRoles;
import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.audit.DataRead;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A learner's practice sessions. The learner, program and cohort of a new session come
 * from the learner's token (or the learner's assignment it is started from); a session of
 * someone else's is answered as unknown (404).
 */
@RestController
@RequestMapping("/api/sessions")
class PracticeSessionController {

	private final PracticeSessions sessions;

	private final QuestionCatalog catalog;

	private final TargetRoles targetRoles;

	private final AccessLog accessLog;

	PracticeSessionController(PracticeSessions sessions, QuestionCatalog catalog, TargetRoles targetRoles,
			AccessLog accessLog) {
		this.sessions = sessions;
		this.catalog = catalog;
		this.targetRoles = targetRoles;
		this.accessLog = accessLog;
	}

	/**
	 * Starts a session in the learner's cohort, which must be open, for the role track
	 * the request names or else the learner's target role.
	 */
	@PostMapping
	ResponseEntity<SessionView> start(@Valid @RequestBody StartSessionRequest request, Caller caller) {
		PracticeSession session = this.sessions.start(caller, withTargetRole(request, caller));
		return ResponseEntity.created(URI.create("/api/sessions/" + session.getId())).body(SessionView.of(session));
	}

	/** The request, on the learner's target role where it names no role track. */
	private StartSessionRequest withTargetRole(StartSessionRequest request, Caller learner) {
		if (request.roleTrack() != null || learner.programId() == null) {
			return request;
		}
		return this.targetRoles.of(learner.programId(), learner.id()).map(request::forRoleTrack).orElse(request);
	}

	/** The session, for its learner and for staff over them. */
	@GetMapping("/{sessionId}")
	SessionView find(@PathVariable String sessionId, Caller caller) {
		PracticeSession session = this.sessions.readableBy(caller, sessionId);
		this.accessLog.record(caller, DataRead.ofLearner("practice-session", session.getLearnerId(),
				session.getProgramId(), session.getCohortId()));
		return SessionView.of(session);
	}

	/** The next unanswered question, or 204 when every planned question is answered. */
	@GetMapping("/{sessionId}/next-question")
	ResponseEntity<QuestionView> nextQuestion(@PathVariable String sessionId, Caller caller) {
		return this.sessions.activeOwnedBy(caller, sessionId)
			.nextQuestion()
			.flatMap((next) -> this.catalog.find(next.questionId(), next.version()))
			.map((question) -> ResponseEntity.ok(QuestionView.of(question)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	/** Completes the session; the body is optional. */
	@PostMapping("/{sessionId}/complete")
	SessionView complete(@PathVariable String sessionId,
			@RequestBody(required = false) @Nullable CompleteSessionRequest request, Caller caller) {
		return SessionView.of(this.sessions.complete(caller, sessionId,
				(request != null) ? request : new CompleteSessionRequest(null)));
	}

}
