package io.readyroom.local.demo;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import io.readyroom.local.identity.DemoSignIn;
import tools.jackson.databind.JsonNode;

/**
 * One simulated learner's practice, through session-service as that learner: sign in,
 * then for each planned session start it, answer every question it asks until it has none
 * left, and complete it. Scoring and the dashboards follow from the events.
 */
final class LearnerPractice {

	// session-service plans at most 20 questions; more means it keeps asking the same one
	private static final int MAX_QUESTIONS = 20;

	private final DemoSignIn signIn;

	private final ServiceClient sessions;

	private final QuestionBook book;

	private final AnswerComposer composer = new AnswerComposer();

	LearnerPractice(DemoSignIn signIn, ServiceClient sessions, QuestionBook book) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.book = book;
	}

	/**
	 * @param count where the sessions and answers are counted as they happen
	 * @throws RuntimeException when a sign-in or call fails; what came before it counts
	 */
	void practise(SimulatedLearner learner, PracticeCount count) {
		String token = this.signIn.accessToken(learner.username(), learner.account().password());
		Random random = learner.random();
		for (SessionPlan plan : SessionPlans.draw(random, this.book.typeCounts(learner.roleTrack()))) {
			String sessionId = start(plan, learner, token);
			count.sessionStarted();
			answerAll(sessionId, learner, random, token, count);
			this.sessions.post("/api/sessions/" + sessionId + "/complete", null, token);
		}
	}

	private String start(SessionPlan plan, SimulatedLearner learner, String token) {
		JsonNode session = this.sessions.post("/api/sessions", plan.startRequest(learner.roleTrack()), token);
		String sessionId = session.path("sessionId").asString("");
		if (sessionId.isEmpty()) {
			throw new ServiceCallException("session-service started a session without telling its id: " + session);
		}
		return sessionId;
	}

	private void answerAll(String sessionId, SimulatedLearner learner, Random random, String token,
			PracticeCount count) {
		for (int asked = 0; asked <= MAX_QUESTIONS; asked++) {
			Optional<JsonNode> next = this.sessions.find("/api/sessions/" + sessionId + "/next-question", token, 204);
			if (next.isEmpty()) {
				return;
			}
			String questionId = next.get().path("questionId").asString("");
			QuestionMaterial question = this.book.material(questionId, next.get().path("version").asInt(1));
			String text = this.composer.compose(question, learner.skillFor(question.competencies()), random);
			this.sessions.post("/api/sessions/" + sessionId + "/answers",
					Map.of("answerId", UUID.randomUUID().toString(), "questionId", questionId, "text", text), token);
			count.answerSubmitted();
		}
		throw new ServiceCallException("session-service kept asking questions in session " + sessionId + " after "
				+ MAX_QUESTIONS + " answers");
	}

}
