package io.readyroom.analytics.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.readyroom.analytics.AnalyticsServiceApplication;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.Verdict;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures what folding one score into a learner's profile costs at learner histories of
 * 10 and 1,000 answers: the service on mongo-java-server in this JVM (Kafka's listeners
 * not started), each learner seeded with their history, then scores folded one at a time
 * (one per learner, round after round) and, where the service folds batches, in batches
 * of one score per learner; then the short histories once more, on a store now holding
 * the long ones. Prints milliseconds per score. Not a test: the figures depend on the
 * machine, so they are recorded (docs/performance.md), not asserted.
 * <p>
 * Run from the repository root (the command is in docs/performance.md): build the
 * module's test classes and its test classpath, then
 * {@code java -cp <test-classes>:<classes>:<classpath> io.readyroom.analytics.profile.FoldCostRun}.
 */
public final class FoldCostRun {

	private static final int LEARNERS = 10;

	private static final int ROUNDS = 30;

	private static final String[] COMPETENCIES = { "release-of-information", "hipaa-privacy", "ehr-systems",
			"data-quality", "communication" };

	private final Random random = new Random(7);

	private final ConfigurableApplicationContext context;

	private final ScoreBatches batches;

	private FoldCostRun(ConfigurableApplicationContext context) {
		this.context = context;
		this.batches = context.getBean(ScoreBatches.class);
	}

	public static void main(String[] args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AnalyticsServiceApplication.class,
				EmbeddedInfrastructure.class, TestIdentity.class)
			.properties("spring.kafka.listener.auto-startup=false", "server.port=0", "logging.level.de.bwaldvogel=warn")
			.run();
		try (context) {
			FoldCostRun run = new FoldCostRun(context);
			run.measure("warm-up", 10, false);
			run.measure("history 10", 10, true);
			run.measure("history 1000", 1000, true);
			// the store now holds ten times as many answers: tells its size from the
			// history's
			run.measure("history 10 again", 10, true);
		}
	}

	private void measure(String label, int history, boolean report) {
		List<String> learners = new ArrayList<>();
		for (int i = 0; i < LEARNERS; i++) {
			String learner = "fold-" + UUID.randomUUID();
			learners.add(learner);
			seed(history(learner, history));
		}
		double[] single = new double[LEARNERS * ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			for (int i = 0; i < LEARNERS; i++) {
				AnswerScored scored = scored(learners.get(i), Instant.now());
				long start = System.nanoTime();
				fold(List.of(scored));
				single[round * LEARNERS + i] = (System.nanoTime() - start) / 1e6;
			}
		}
		double[] batched = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			List<AnswerScored> batch = learners.stream().map((learner) -> scored(learner, Instant.now())).toList();
			long start = System.nanoTime();
			fold(batch);
			batched[round] = (System.nanoTime() - start) / 1e6 / LEARNERS;
		}
		if (report) {
			print(label + ", one score at a time", single);
			print(label + ", batches of " + LEARNERS + " (per score)", batched);
		}
	}

	/** Stores the learner's history and folds it, as fast as the service allows. */
	private void seed(List<AnswerScored> history) {
		this.batches.record(history);
	}

	/** The measured step: what the score listener does with these scores. */
	private void fold(List<AnswerScored> scores) {
		this.batches.record(scores);
	}

	private List<AnswerScored> history(String learner, int answers) {
		Instant start = Instant.now().minus(Duration.ofDays(60));
		List<AnswerScored> history = new ArrayList<>();
		for (int i = 0; i < answers; i++) {
			history.add(scored(learner, start.plusSeconds(60L * i)));
		}
		return history;
	}

	private AnswerScored scored(String learner, Instant submittedAt) {
		int question = this.random.nextInt(40);
		int score = this.random.nextInt(101);
		String competency = COMPETENCIES[question % COMPETENCIES.length];
		AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1, submittedAt,
				UUID.randomUUID().toString(), "s-" + learner, learner, "fold-program", "fold-cohort", "q-" + question,
				1, "An answer.");
		List<CriterionResult> criteria = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			criteria.add(this.random.nextBoolean() ? CriterionResult.missed("kp-" + k)
					: new CriterionResult("kp-" + k, Verdict.MET, "words", 0, 5));
		}
		return AnswerScored.of(answer, 1, score, List.of(new CompetencyScore(competency, score)), criteria, null,
				"fold-cost-run/1");
	}

	private static void print(String label, double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0);
		System.out.printf("%-45s n=%4d  mean %7.2f ms  p50 %7.2f ms  p95 %7.2f ms%n", label, sorted.length, mean,
				sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
	}

}
