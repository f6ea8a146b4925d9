package io.readyroom.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.readyroom.faults.LearnerRoster.Learner;
import io.readyroom.local.identity.DemoSignIn;

/**
 * Many learners practising at once until a number of further answers has been
 * acknowledged. Each learner signs in once, at the identity server's login form, and runs
 * on a thread of its own.
 */
final class AnswerLoad {

	private final List<Learner> learners;

	private final List<JsonHttp> clients;

	private final URI sessionService;

	private final AnswerTexts texts;

	private AnswerLoad(List<Learner> learners, List<JsonHttp> clients, URI sessionService, AnswerTexts texts) {
		this.learners = learners;
		this.clients = clients;
		this.sessionService = sessionService;
		this.texts = texts;
	}

	static AnswerLoad signIn(LearnerRoster roster, URI issuer, URI sessionService) {
		HttpClient http = JsonHttp.newClient();
		DemoSignIn signIn = new DemoSignIn(issuer);
		List<JsonHttp> clients = roster.learners()
			.stream()
			.map((learner) -> new JsonHttp(http, signIn.accessToken(learner.username(), learner.password())))
			.toList();
		return new AnswerLoad(roster.learners(), clients, sessionService, AnswerTexts.load());
	}

	/**
	 * Starts the learners; they stop once {@code ledger} holds {@code answers} answers.
	 * @param ledger where the acknowledged answers are recorded
	 */
	Running start(int answers, AcceptedAnswers ledger) {
		int target = answers;
		ExecutorService threads = Executors.newFixedThreadPool(this.learners.size());
		for (int i = 0; i < this.learners.size(); i++) {
			threads.execute(new LearnerPractice(this.learners.get(i), this.clients.get(i), this.sessionService,
					this.texts, ledger, () -> ledger.count() < target));
		}
		threads.shutdown();
		return new Running(threads, target, ledger);
	}

	/** A load under way. */
	static final class Running {

		private final ExecutorService threads;

		private final int target;

		private final AcceptedAnswers ledger;

		private Running(ExecutorService threads, int target, AcceptedAnswers ledger) {
			this.threads = threads;
			this.target = target;
			this.ledger = ledger;
		}

		boolean finished() {
			return this.threads.isTerminated();
		}

		/**
		 * Waits until every learner has stopped; after {@code timeout} they are stopped.
		 * @return whether the load reached its number of answers in time
		 */
		boolean awaitDone(Duration timeout) {
			try {
				if (!this.threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					this.threads.shutdownNow();
					this.threads.awaitTermination(1, TimeUnit.MINUTES);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.threads.shutdownNow();
			}
			return this.ledger.count() >= this.target;
		}

	}

}
