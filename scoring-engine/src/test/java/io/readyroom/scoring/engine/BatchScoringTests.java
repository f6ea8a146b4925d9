package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring a batch gives every answer the report it gets alone, embeds the batch's
 * sentences in one call, and scores equal answers once; the engine may be called from
 * several threads at once.
 */
class BatchScoringTests {

	private static final String RECORDS = "First I would confirm who is calling by checking two identifiers, the "
			+ "patient's full name and date of birth. Then I would look in the chart for a signed authorization "
			+ "naming the daughter. If there is one, I release only the requested records and nothing more. Finally "
			+ "I log the disclosure in our ROI system.";

	private static final String RECORDS_SHORT = "I would check a signed authorization and then release only the "
			+ "requested records. Finally I log the disclosure in our ROI system.";

	private static final String INCIDENT = "When a fax went to the wrong clinic, I asked them to destroy it and "
			+ "reported it to our privacy officer the same day. We ran the four-factor risk assessment. Afterwards "
			+ "we retrained the front desk.";

	private static final String HIDDEN_INCIDENT = "I sent a chart to the wrong doctor once. It was a small slip, "
			+ "so I fixed it myself and never mentioned it to anyone.";

	private static final String ORGANIZATION = "I read that the hospital was founded in 1908 and that its mission "
			+ "is serving the community. That focus is why I applied.";

	private static final List<GradedExample> GRADED = List.of(
			new GradedExample("I confirm the caller's identity with two identifiers and check the authorization.", 45),
			new GradedExample("I check two identifiers, the signed authorization, and log the disclosure.", 55),
			new GradedExample("First I verify identity, then I release only the requested records.", 40),
			new GradedExample("I would just send the records.", 0),
			new GradedExample("I ask for the date of birth and then send the chart.", 15));

	@Test
	void aBatchGetsTheReportsOfScoringEachAnswerAlone() {
		List<AnswerToScore> batch = mixedBatch();
		ScoringEngine alone = ScoringEngine.withBundledModel();
		List<ScoreReport> oneByOne = batch.stream()
			.map((answer) -> alone.score(answer.question(), answer.answer()))
			.toList();

		List<ScoreReport> batched = ScoringEngine.withBundledModel().scoreAll(batch);

		assertThat(batched).isEqualTo(oneByOne);
		assertThat(batched).extracting(ScoreReport::redFlags).anySatisfy((flags) -> assertThat(flags).isNotEmpty());
		assertThat(batched).extracting(ScoreReport::gradedExamples).anySatisfy((used) -> assertThat(used).isNotNull());
	}

	@Test
	void theBatchsSentencesAreEmbeddedInOneCallEachDistinctSentenceOnce() {
		CountingEmbedder counting = new CountingEmbedder(OnnxSentenceEmbedder.shared());
		ScoringEngine engine = new ScoringEngine(counting);
		ScorableQuestion records = SampleQuestions.recordsRequest();
		ScorableQuestion organization = SampleQuestions.knowOrganization();
		// the rubrics' references are embedded on first use and kept; this test is about
		// the answers
		engine.score(records, "");
		engine.score(organization, "");
		counting.reset();

		List<ScoreReport> reports = engine
			.scoreAll(List.of(new AnswerToScore(records, RECORDS), new AnswerToScore(records, RECORDS_SHORT),
					new AnswerToScore(organization, ORGANIZATION), new AnswerToScore(records, RECORDS)));

		assertThat(reports).hasSize(4);
		assertThat(reports.get(3)).isSameAs(reports.get(0));
		assertThat(counting.calls()).isEqualTo(1);
		// 4 + 2 + 2 sentences, of which "Finally I log the disclosure in our ROI system."
		// twice
		assertThat(counting.sentences()).isEqualTo(7);
	}

	@Test
	void threadsScoringAtOnceGetTheReportsOfOneThreadScoringAlone() throws Exception {
		List<AnswerToScore> batch = mixedBatch();
		List<ScoreReport> expected = ScoringEngine.withBundledModel().scoreAll(batch);
		ScoringEngine shared = ScoringEngine.withBundledModel();
		List<Callable<List<ScoreReport>>> scorers = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			boolean batched = thread % 2 == 0;
			scorers.add(() -> batched ? shared.scoreAll(batch)
					: batch.stream().map((answer) -> shared.score(answer.question(), answer.answer())).toList());
		}
		ExecutorService threads = Executors.newFixedThreadPool(scorers.size());
		try {
			for (Future<List<ScoreReport>> scored : threads.invokeAll(scorers)) {
				assertThat(scored.get()).isEqualTo(expected);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void anEmptyBatchScoresNothing() {
		assertThat(ScoringEngine.withBundledModel().scoreAll(List.of())).isEmpty();
	}

	/**
	 * Three rubric shapes, a red flag, graded examples, a repeated answer, a repeated
	 * sentence, an empty answer and no answer at all.
	 */
	private static List<AnswerToScore> mixedBatch() {
		ScorableQuestion records = SampleQuestions.recordsRequest();
		ScorableQuestion incident = SampleQuestions.privacyIncident();
		return List.of(new AnswerToScore(records, RECORDS), new AnswerToScore(incident, INCIDENT),
				new AnswerToScore(records, RECORDS_SHORT), new AnswerToScore(incident, HIDDEN_INCIDENT),
				new AnswerToScore(SampleQuestions.knowOrganization(), ORGANIZATION),
				new AnswerToScore(records.withGradedExamples(GRADED), RECORDS),
				new AnswerToScore(records.withGradedExamples(GRADED), RECORDS_SHORT),
				new AnswerToScore(records, RECORDS), new AnswerToScore(records, ""), new AnswerToScore(incident, null));
	}

	/** The model, counting the calls to embed answers' sentences and the sentences. */
	private static final class CountingEmbedder implements SentenceEmbedder {

		private final SentenceEmbedder model;

		private final AtomicInteger calls = new AtomicInteger();

		private final AtomicInteger sentences = new AtomicInteger();

		CountingEmbedder(SentenceEmbedder model) {
			this.model = model;
		}

		@Override
		public float[] embed(String sentence) {
			this.calls.incrementAndGet();
			this.sentences.incrementAndGet();
			return this.model.embed(sentence);
		}

		@Override
		public List<float[]> embedAll(List<String> batch) {
			this.calls.incrementAndGet();
			this.sentences.addAndGet(batch.size());
			return this.model.embedAll(batch);
		}

		int calls() {
			return this.calls.get();
		}

		int sentences() {
			return this.sentences.get();
		}

		void reset() {
			this.calls.set(0);
			this.sentences.set(0);
		}

	}

}
