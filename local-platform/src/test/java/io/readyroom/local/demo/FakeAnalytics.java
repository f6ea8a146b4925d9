package io.readyroom.local.demo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import com.sun.net.httpserver.HttpExchange;

/**
 * analytics-service's learner profiles and readiness: a learner marked as practised, or
 * with answers at the fake session-service, has a profile counting them, every other
 * learner is unknown (404); only {@value #READY} is ready for their role.
 */
final class FakeAnalytics {

	static final String READY = "demo-learner-01";

	private final Set<String> practised = ConcurrentHashMap.newKeySet();

	private final ToIntFunction<String> answersOf;

	FakeAnalytics(ToIntFunction<String> answersOf) {
		this.answersOf = answersOf;
	}

	void register(FakePlatform.Routes routes) {
		routes.add("/api/learners", this::profile);
	}

	void practised(String learner) {
		this.practised.add(learner);
	}

	private void profile(HttpExchange exchange) {
		String[] path = exchange.getRequestURI().getPath().split("/");
		String learner = path[3];
		int answers = this.practised.contains(learner) ? 4 : this.answersOf.applyAsInt(learner);
		if (!Exchanges.caller(exchange).equals("dana")) {
			Exchanges.problem(exchange, 403, "Access refused", "Only staff read other learners' profiles.");
		}
		else if (answers > 0 && path[4].equals("readiness")) {
			Exchanges.json(exchange, 200,
					"{\"learnerId\":\"" + learner + "\",\"ready\":" + learner.equals(READY) + "}");
		}
		else if (answers > 0) {
			Exchanges.json(exchange, 200, "{\"learnerId\":\"" + learner + "\",\"answerCount\":" + answers
					+ ",\"sessionsStarted\":1,\"sessionsCompleted\":1}");
		}
		else {
			Exchanges.problem(exchange, 404, "No learner profile", "No profile of learner '" + learner + "'.");
		}
	}

}
