package io.readyroom.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import io.readyroom.local.identity.DemoSignIn;
import tools.jackson.databind.JsonNode;

/**
 * One simulated learner's practice, through session-service as that learner: sign in,
 * then for each session of the course they take, start it at its time in the past, answer
 * every question it asks, as well as their skill that week allows, until it has none
 * left, and complete it. Scoring and the dashboards follow from the events, which carry
 * the past times.
 */
final class LearnerPractice {

	// session-service plans at most 20 questions; more means it keeps asking the same one
	private static final int MAX_QUESTIONS = 20;

	private final DemoSignIn signIn;

	private final ServiceClient sessions;

	private final QuestionBook book;

	private final DemoAnswers answers;

	private final PracticeCalendar calendar;

	LearnerPractice(DemoSignIn signIn, ServiceClient sessions, QuestionBook book, DemoAnswers answers,
			PracticeCalendar calendar) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.book = book;
		this.answers = answers;
		this.calendar = calendar;
	}

	/**
	 * @param count where the sessions and answers are counted as they happen
	 * @throws RuntimeException when a sign-in or call fails; what came before it counts
	 */
	void practise(SimulatedLearner learner, PracticeCount count) {
		String token = this.signIn.accessToken(learner.username(), learner.account().password());
		Random random = learner.random();
		for (SessionPlan plan : SessionPlans.COURSE) {
			if (!learner.takes(plan, random)) {
				continue;
			}
			Instant startedAt = this.calendar.startOf(plan, random);
			String sessionId = start(plan, learner, startedAt, token);
			count.sessionStarted();
			int answered = answerAll(sessionId, plan.week(), startedAt, learner, random, token, count);
			this.sessions.post("/api/sessions/" + sessionId + "/complete",
					Map.of("completedAt", PracticeCalendar.answerTime(startedAt, answered).toString()), token);
		}
	}

	/**
	 * Does an assignment as the learner does in the last week: a session started from it
	 * an hour ago, every question answered, completed.
	 */
	void practiseAssignment(SimulatedLearner learner, String assignmentId, Instant now, PracticeCount count) {
		String token = this.signIn.accessToken(learner.username(), learner.account().password());
		Instant startedAt = now.minus(Duration.ofHours(1));
		String sessionId = this.sessions
			.post("/api/sessions", Map.of("assignmentId", assignmentId, "startedAt", startedAt.toString()), token)
			.path("sessionId")
			.asString("");
		count.sessionStarted();
		int answered = answerAll(sessionId, SessionPlans.WEEKS - 1, startedAt, learner, learner.random(), token, count);
		this.sessions.post("/api/sessions/" + sessionId + "/complete",
				Map.of("completedAt", PracticeCalendar.answerTime(startedAt, answered).toString()), token);
	}

	private String start(SessionPlan plan, SimulatedLearner learner, Instant startedAt, String token) {
		JsonNode session = this.sessions.post("/api/sessions", plan.startRequest(learner.roleTrack(), startedAt),
				token);
		String sessionId = session.path("sessionId").asString("");
		if (sessionId.isEmpty()) {
			throw new ServiceCallException("session-service started a session without telling its id: " + session);
		}
		return sessionId;
	}

	/**
	 * @return how many questions were answered
	 */
	private int answerAll(String sessionId, int week, Instant startedAt, SimulatedLearner learner, Random random,
			String token, PracticeCount count) {
		for (int answered = 0; answered <= MAX_QUESTIONS; answered++) {
			Optional<JsonNode> next = this.sessions.find("/api/sessions/" + sessionId + "/next-question", token, 204);
			if (next.isEmpty()) {
				return answered;
			}
			String questionId = next.get().path("questionId").asString("");
			AnswerLevel level = this.answers.available(questionId,
					learner.answerIn(week, this.book.competencies(learner.roleTrack(), questionId), random));
			this.sessions.post("/api/sessions/" + sessionId + "/answers",
					Map.of("answerId", UUID.randomUUID().toString(), "questionId", questionId, "text",
							this.answers.pick(questionId, level, random), "answeredAt",
							PracticeCalendar.answerTime(startedAt, answered).toString()),
					token);
			count.answerSubmitted(level);
		}
		throw new ServiceCallException("session-service kept asking questions in session " + sessionId + " after "
				+ MAX_QUESTIONS + " answers");
	}

}
