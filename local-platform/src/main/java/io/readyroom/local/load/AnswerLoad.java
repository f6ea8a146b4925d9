package io.readyroom.local.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.readyroom.local.identity.DemoSignIn;

/**
 * Many learners practising at once until a number of further answers has been
 * acknowledged. Each learner signs in once, at the identity server's login form, and runs
 * on a thread of its own.
 */
public final class AnswerLoad {

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

	/**
	 * Signs every learner in, several at a time.
	 * @throws io.readyroom.local.identity.SignInException when one cannot sign in
	 */
	public static AnswerLoad signIn(List<Learner> learners, URI issuer, URI sessionService) {
		HttpClient http = JsonHttp.newClient();
		DemoSignIn signIn = new DemoSignIn(issuer);
		List<JsonHttp> clients = learners.parallelStream()
			.map((learner) -> new JsonHttp(http, signIn.accessToken(learner.username(), learner.password())))
			.toList();
		return new AnswerLoad(learners, clients, sessionService, AnswerTexts.load());
	}

	/**
	 * Starts the learners; they stop once {@code ledger} holds {@code answers} answers.
	 * @param ledger where the acknowledged answers are recorded
	 */
	public Running start(int answers, AcceptedAnswers ledger) {
		BooleanSupplier fewer = () -> ledger.count() < answers;
		return start(AnswerPermits.whileTrue(fewer), () -> !fewer.getAsBoolean(), ledger);
	}

	/**
	 * Starts the learners; each answer takes one of {@code permits}.
	 * @param done whether the load did all it should, once the learners stopped
	 * @param ledger where the acknowledged answers are recorded
	 */
	Running start(AnswerPermits permits, BooleanSupplier done, AcceptedAnswers ledger) {
		ExecutorService threads = Executors.newFixedThreadPool(this.learners.size());
		for (int i = 0; i < this.learners.size(); i++) {
			threads.execute(new LearnerPractice(this.learners.get(i), this.clients.get(i), this.sessionService,
					this.texts, ledger, permits));
		}
		threads.shutdown();
		return new Running(threads, done);
	}

	/** A load under way. */
	public static final class Running {

		private final ExecutorService threads;

		private final BooleanSupplier done;

		private Running(ExecutorService threads, BooleanSupplier done) {
			this.threads = threads;
			this.done = done;
		}

		public boolean finished() {
			return this.threads.isTerminated();
		}

		/**
		 * Waits until every learner has stopped; after {@code timeout} they are stopped.
		 * @return whether the load reached its number of answers in time
		 */
		public boolean awaitDone(Duration timeout) {
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
			return this.done.getAsBoolean();
		}

	}

}
