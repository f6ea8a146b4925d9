package io.readyroom.local.demo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * analytics-service's learner profiles: a learner marked as practised has one, every
 * other learner is unknown (404).
 */
final class FakeAnalytics {

	private final Set<String> practised = ConcurrentHashMap.newKeySet();

	void register(FakePlatform.Routes routes) {
		routes.add("/api/learners", this::profile);
	}

	void practised(String learner) {
		this.practised.add(learner);
	}

	private void profile(HttpExchange exchange) {
		String learner = exchange.getRequestURI().getPath().split("/")[3];
		if (!Exchanges.caller(exchange).equals("dana")) {
			Exchanges.problem(exchange, 403, "Access refused", "Only staff read other learners' profiles.");
		}
		else if (this.practised.contains(learner)) {
			Exchanges.json(exchange, 200, "{\"learnerId\":\"" + learner
					+ "\",\"answerCount\":4,\"sessionsStarted\":1,\"sessionsCompleted\":1}");
		}
		else {
			Exchanges.problem(exchange, 404, "No learner profile", "No profile of learner '" + learner + "'.");
		}
	}

}
