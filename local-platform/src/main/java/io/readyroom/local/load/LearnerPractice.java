package io.readyroom.local.load;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.readyroom.local.load.JsonHttp.Response;

/**
 * One learner practising for as long as the load runs: starts a session, answers each
 * question it draws with a realistic answer, completes it and starts the next. An answer
 * that got no response, or a 5xx, is sent again with the same answerId until it is
 * acknowledged, as a client that cannot tell whether it arrived must do; a 4xx is a
 * refusal and ends the session.
 */
final class LearnerPractice implements Runnable {

	static final String ROLE_TRACK = "health-information-technician";

	/** Between two tries of a failed call, so a part being restarted is not hammered. */
	private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

	private final Learner learner;

	private final JsonHttp http;

	private final URI sessionService;

	private final AnswerTexts texts;

	private final AcceptedAnswers accepted;

	private final AnswerPermits permits;

	LearnerPractice(Learner learner, JsonHttp http, URI sessionService, AnswerTexts texts, AcceptedAnswers accepted,
			AnswerPermits permits) {
		this.learner = learner;
		this.http = http;
		this.sessionService = sessionService;
		this.texts = texts;
		this.accepted = accepted;
		this.permits = permits;
	}

	@Override
	public void run() {
		while (this.permits.remain()) {
			String sessionId = startSession();
			if (sessionId != null) {
				practise(sessionId);
			}
		}
	}

	private void practise(String sessionId) {
		while (this.permits.remain()) {
			Response question = untilAnswered(
					() -> this.http.get(this.sessionService.resolve("/api/sessions/" + sessionId + "/next-question")));
			if (question == null || question.status() != 200 || !this.permits.take()) {
				// 204: the session has no question left; anything else ends it too
				complete(sessionId);
				return;
			}
			if (!answer(sessionId, question.text("questionId"))) {
				return;
			}
		}
	}

	/**
	 * @return whether the answer was acknowledged
	 */
	private boolean answer(String sessionId, String questionId) {
		String answerId = UUID.randomUUID().toString();
		Map<String, String> body = Map.of("answerId", answerId, "questionId", questionId, "text",
				this.texts.anyAnswerTo(questionId));
		URI answers = this.sessionService.resolve("/api/sessions/" + sessionId + "/answers");
		boolean first = true;
		// the answer is promised once sent: it is tried until acknowledged or refused,
		// even after the load's end, or an answer that arrived would be missing here
		while (true) {
			if (!first) {
				this.accepted.resent();
			}
			first = false;
			try {
				Response response = this.http.post(answers, body);
				if (response.ok()) {
					this.accepted.accepted(answerId, this.learner.username(), this.learner.cohortId());
					return true;
				}
				if (response.status() < 500) {
					this.accepted.refused();
					return false;
				}
			}
			catch (IOException ex) {
				// no response: it may or may not have arrived; the same answerId makes a
				// resend safe
			}
			if (!pause()) {
				return false;
			}
		}
	}

	private String startSession() {
		Response started = untilAnswered(
				() -> this.http.post(this.sessionService.resolve("/api/sessions"), Map.of("roleTrack", ROLE_TRACK)));
		return (started != null && started.status() == 201) ? started.text("sessionId") : null;
	}

	private void complete(String sessionId) {
		untilAnswered(() -> this.http.post(this.sessionService.resolve("/api/sessions/" + sessionId + "/complete"),
				Map.of()));
	}

	/**
	 * A call whose repetition does no harm (a read, a completion, one more session),
	 * tried until it gets a response below 500 or the load ends.
	 */
	private Response untilAnswered(Call call) {
		while (this.permits.remain()) {
			try {
				Response response = call.send();
				if (response.status() < 500) {
					return response;
				}
			}
			catch (IOException ex) {
				// tried again below
			}
			if (!pause()) {
				return null;
			}
		}
		return null;
	}

	private static boolean pause() {
		try {
			Thread.sleep(RETRY_PAUSE.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@FunctionalInterface
	private interface Call {

		Response send() throws IOException;

	}

}
