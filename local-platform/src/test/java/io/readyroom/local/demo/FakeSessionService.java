package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/**
 * session-service as the simulation uses it: the competency model and the bank for the
 * director, sessions for learners, who start them, are asked the planned questions one by
 * one, answer and complete them. Refuses like the real one where the simulation could go
 * wrong: the bank to learners, sessions to staff and to their non-owners.
 */
final class FakeSessionService {

	private static final String DIRECTOR = "dana";

	private final Map<String, FakeSession> sessions = new ConcurrentHashMap<>();

	private final Map<String, String> refusedLearners = new ConcurrentHashMap<>();

	private final Map<String, Integer> answersByLearner = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> assignments = new ConcurrentHashMap<>();

	void register(FakePlatform.Routes routes) {
		routes.add("/api/competency-model", (exchange) -> Exchanges.json(exchange, 200, FakeBank.competencyModel()));
		routes.add("/api/questions", this::questions);
		routes.add("/api/sessions", this::sessions);
		routes.add("/api/programs", this::directorsOnly);
		routes.add("/api/cohorts", this::assign);
	}

	/** How many answers the learner submitted. */
	int answersOf(String learner) {
		return this.answersByLearner.getOrDefault(learner, 0);
	}

	/** Makes session starts of this learner fail with a 422 problem. */
	void refuseSessionsOf(String learner, String detail) {
		this.refusedLearners.put(learner, detail);
	}

	private void questions(HttpExchange exchange) {
		if (!Exchanges.caller(exchange).equals(DIRECTOR)) {
			Exchanges.problem(exchange, 403, "Access refused", "Learners do not read rubrics.");
			return;
		}
		String[] path = exchange.getRequestURI().getPath().split("/");
		if (path.length == 3) {
			String roleTrack = Exchanges.query(exchange.getRequestURI()).getOrDefault("roleTrack", "");
			Exchanges.json(exchange, 200, FakeBank.listing(roleTrack));
		}
		else {
			Exchanges.problem(exchange, 404, "Unknown question", "No question " + exchange.getRequestURI());
		}
	}

	/** Enrolments and target roles: what the director sends is taken as it is. */
	private void directorsOnly(HttpExchange exchange) {
		if (!Exchanges.caller(exchange).equals(DIRECTOR)) {
			Exchanges.problem(exchange, 403, "Access refused", "Only the director manages enrolments.");
			return;
		}
		Exchanges.json(exchange, 200, Exchanges.body(exchange));
	}

	private void assign(HttpExchange exchange) {
		if (!Exchanges.caller(exchange).equals(DIRECTOR)) {
			Exchanges.problem(exchange, 403, "Access refused", "Only staff assign practice.");
			return;
		}
		String id = UUID.randomUUID().toString();
		this.assignments.put(id, ServiceClient.JSON.readTree(Exchanges.body(exchange)));
		Exchanges.json(exchange, 201, "{\"assignmentId\":\"" + id + "\"}");
	}

	private void sessions(HttpExchange exchange) {
		String learner = Exchanges.caller(exchange);
		String[] path = exchange.getRequestURI().getPath().split("/");
		if (path.length == 3) {
			start(exchange, learner);
			return;
		}
		FakeSession session = this.sessions.get(path[3]);
		if (session == null || !session.learner.equals(learner)) {
			Exchanges.problem(exchange, 404, "Unknown practice session", "No session " + path[3]);
			return;
		}
		switch (path[4]) {
			case "next-question" -> nextQuestion(exchange, session);
			case "answers" -> answer(exchange, session);
			case "complete" -> {
				session.completed = true;
				Exchanges.json(exchange, 200, "{\"sessionId\":\"" + session.id + "\",\"status\":\"COMPLETED\"}");
			}
			default -> Exchanges.problem(exchange, 404, "Not found", exchange.getRequestURI().getPath());
		}
	}

	private void start(HttpExchange exchange, String learner) {
		JsonNode request = ServiceClient.JSON.readTree(Exchanges.body(exchange));
		if (learner.isEmpty() || learner.equals(DIRECTOR)) {
			Exchanges.problem(exchange, 403, "Access refused", "Only learners practise.");
			return;
		}
		if (this.refusedLearners.containsKey(learner)) {
			Exchanges.problem(exchange, 422, "Unknown role track", this.refusedLearners.get(learner));
			return;
		}
		if (request.has("assignmentId")) {
			request = this.assignments.get(request.path("assignmentId").asString(""));
		}
		List<String> candidates = FakeBank.questionsOf(request.path("roleTrack").asString(""));
		int count = Math.min(request.path("questionCount").asInt(5), candidates.size());
		FakeSession session = new FakeSession(UUID.randomUUID().toString(), learner, candidates.subList(0, count));
		this.sessions.put(session.id, session);
		Exchanges.json(exchange, 201, "{\"sessionId\":\"" + session.id + "\",\"learnerId\":\"" + learner + "\"}");
	}

	private void nextQuestion(HttpExchange exchange, FakeSession session) {
		if (session.answered.size() == session.plan.size()) {
			Exchanges.respond(exchange, 204, "application/json", "");
			return;
		}
		String id = session.plan.get(session.answered.size());
		Exchanges.json(exchange, 200, "{\"questionId\":\"%s\",\"version\":1,\"text\":\"%s\",\"type\":\"%s\"}"
			.formatted(id, FakeBank.text(id), FakeBank.type(id)));
	}

	private void answer(HttpExchange exchange, FakeSession session) {
		JsonNode answer = ServiceClient.JSON.readTree(Exchanges.body(exchange));
		session.answered.add(answer.path("questionId").asString(""));
		this.answersByLearner.merge(session.learner, 1, Integer::sum);
		Exchanges.json(exchange, 202,
				"{\"answerId\":\"" + answer.path("answerId").asString("") + "\",\"status\":\"ACCEPTED\"}");
	}

	private static final class FakeSession {

		private final String id;

		private final String learner;

		private final List<String> plan;

		private final List<String> answered = new ArrayList<>();

		private volatile boolean completed;

		FakeSession(String id, String learner, List<String> plan) {
			this.id = id;
			this.learner = learner;
			this.plan = List.copyOf(plan);
		}

	}

}
