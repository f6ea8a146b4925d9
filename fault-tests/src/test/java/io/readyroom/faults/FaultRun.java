package io.readyroom.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.readyroom.local.load.AcceptedAnswers;
import io.readyroom.local.load.AnswerLoad;
import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * Runs one fault under load: learners start practising, the fault strikes once a third of
 * the load is acknowledged, the time until the backlog of that moment is drained is
 * taken, the load finishes, and once the platform has settled (or the wait is over) the
 * answers are checked.
 */
final class FaultRun {

	private final FaultContext context;

	private final AnswerLoad load;

	private final ReadModels store;

	private final AcceptedAnswers everyAnswer;

	private final SuiteScale scale;

	FaultRun(FaultContext context, AnswerLoad load, ReadModels store, AcceptedAnswers everyAnswer, SuiteScale scale) {
		this.context = context;
		this.load = load;
		this.store = store;
		this.everyAnswer = everyAnswer;
		this.scale = scale;
	}

	FaultOutcome run(Fault fault) {
		AcceptedAnswers answers = new AcceptedAnswers();
		AnswerLoad.Running running = this.load.start(this.scale.answersPerFault(), answers);
		await(fault.name() + ": a third of the load acknowledged").atMost(this.scale.loadTimeout())
			.pollInterval(Duration.ofMillis(200))
			.until(() -> answers.count() >= this.scale.answersPerFault() / 3 || running.finished());

		Instant broken = Instant.now();
		fault.inject(this.context);
		Instant whole = Instant.now();
		Duration recovery = timeToRecover(fault, broken, answers.acceptedBy(whole));

		boolean loadCompleted = running.awaitDone(this.scale.loadTimeout());
		this.everyAnswer.addAll(answers);
		settle();
		Tally tally = Tally.take(answers, this.store, EventCounts.read(this.context.kafka()));
		return new FaultOutcome(fault.name(), tally, Duration.between(broken, whole), recovery, loadCompleted,
				answers.resends(), fault.problems(this.context));
	}

	/**
	 * From the break until the backlog as it stood when the stack was whole again is
	 * drained, every answer acknowledged by then is counted, and the fault's own effects
	 * are over.
	 */
	private Duration timeToRecover(Fault fault, Instant broken, List<String> acknowledgedBefore) {
		Backlog backlog = Backlog.now(this.context.kafka());
		AtomicReference<String> state = new AtomicReference<>("");
		try {
			await(fault.name() + ": recovered").atMost(this.scale.recoveryTimeout())
				.pollInterval(Duration.ofMillis(500))
				.conditionEvaluationListener(new ProgressReport(fault.name() + " recovering", state::get))
				.until(() -> {
					boolean drained = backlog.drained();
					double counted = countedShare(acknowledgedBefore);
					boolean over = fault.recovered(this.context);
					state.set("backlog drained " + drained + ", counted " + Math.round(counted * 100)
							+ " %, fault's effects over " + over);
					return drained && counted == 1.0 && over;
				});
			return Duration.between(broken, Instant.now());
		}
		catch (ConditionTimeoutException ex) {
			return null;
		}
	}

	private double countedShare(List<String> answerIds) {
		if (answerIds.isEmpty()) {
			return 1.0;
		}
		java.util.Set<String> counted = this.store.countedAnswerIds();
		return (double) answerIds.stream().filter(counted::contains).count() / answerIds.size();
	}

	/**
	 * Waits until every answer of the run is counted and the figures equal the reference;
	 * what still differs when the wait is over is reported by the tally.
	 */
	private void settle() {
		AtomicReference<String> state = new AtomicReference<>("");
		try {
			await("every acknowledged answer counted and the figures exact").atMost(this.scale.settleTimeout())
				.pollInterval(Duration.ofSeconds(2))
				.conditionEvaluationListener(new ProgressReport("settling", state::get))
				.until(() -> {
					Tally tally = Tally.take(this.everyAnswer, this.store, EventCounts.notRead());
					state.set(tally.toString());
					return tally.exact();
				});
		}
		catch (ConditionTimeoutException ex) {
			// the tally taken next says what is missing or counted twice
		}
	}

}
