package io.readyroom.scoring.engine;

import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.criteria.Signal;
import io.readyroom.scoring.engine.meaning.BundledModel;
import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on the real all-MiniLM-L6-v2 model from the classpath, and the other bundled
 * models.
 */
class BundledModelTests {

	private final ScoringEngine engine = ScoringEngine.withBundledModel();

	@Test
	void paraphraseWithoutTheRubricWordingMeetsACriterionByMeaning() {
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"At my last job a nurse looked at a celebrity's chart without a reason. I told our privacy officer "
						+ "the same afternoon. After that, the whole front office went through a refresher so nothing "
						+ "like this would occur a second time.");

		CriterionOutcome prevent = outcome(report, "prevent-repeat");
		assertThat(prevent.verdict()).isNotEqualTo(Verdict.MISSED);
		assertThat(prevent.decidedBy()).isEqualTo(Signal.MEANING);
		assertThat(prevent.evidence()).contains("refresher");
	}

	@Test
	void negatedParaphraseDoesNotMeetByMeaning() {
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"At my last job a nurse looked at a celebrity's chart without a reason. Afterwards nobody on the "
						+ "front desk was retrained, so it could happen again.");

		assertThat(outcome(report, "prevent-repeat").verdict()).isEqualTo(Verdict.MISSED);
	}

	@Test
	void redFlagSaidInOtherWordsIsRaisedWithTheLearnersSentence() {
		String unsafe = "We agreed to keep it between ourselves so she would not get in trouble.";
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"A nurse looked up a neighbour's chart without a reason. " + unsafe);

		assertThat(report.redFlags()).singleElement().satisfies((hit) -> {
			assertThat(hit.redFlagId()).isEqualTo("hides-incident");
			assertThat(hit.evidence()).isEqualTo(unsafe);
		});
	}

	@Test
	void practiceTurnedDownInOtherWordsRaisesNothing() {
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"A nurse looked up a neighbour's chart without a reason. I would never keep something like that "
						+ "between ourselves, so I reported it to the privacy officer the same day.");

		assertThat(report.redFlags()).isEmpty();
	}

	@Test
	void unsafeAnswerScoresBelowAVagueHarmlessOne() {
		ScoreReport unsafe = this.engine.score(SampleQuestions.privacyIncident(),
				"A nurse looked up a neighbour's chart without a reason. I told her to stop and explained the rules "
						+ "to her, and afterwards we retrained the front desk. I decided it wasn't worth reporting to "
						+ "compliance.");
		ScoreReport vague = this.engine.score(SampleQuestions.privacyIncident(),
				"We had an incident once and it was handled according to policy. Everyone worked together and it "
						+ "turned out fine.");

		assertThat(unsafe.redFlags()).isNotEmpty();
		assertThat(unsafe.score()).isLessThan(vague.score());
	}

	@Test
	void sameSentenceGetsTheSameVector() {
		SentenceEmbedder embedder = OnnxSentenceEmbedder.shared();
		String sentence = "I verified the caller's identity before sharing anything.";

		assertThat(embedder.embed(sentence)).containsExactly(embedder.embed(sentence));
		assertThat(SentenceEmbedder.similarity(embedder.embed(sentence), embedder.embed(sentence))).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-4));
	}

	@ParameterizedTest
	@EnumSource(BundledModel.class)
	void everyBundledModelLoadsFromTheClasspathAndRanksAParaphraseAboveAnUnrelatedSentence(BundledModel model) {
		SentenceEmbedder embedder = OnnxSentenceEmbedder.load(model);
		float[] sentence = embedder.embed("I told the privacy officer about the breach the same day.");
		float[] paraphrase = embedder.embed("That afternoon I reported the privacy incident to our compliance lead.");
		float[] unrelated = embedder.embed("The cafeteria serves soup on Tuesdays.");

		assertThat(sentence).hasSize(model.dimension());
		assertThat(SentenceEmbedder.similarity(sentence, paraphrase))
			.isGreaterThan(SentenceEmbedder.similarity(sentence, unrelated) + 0.05);
	}

	@Test
	void realAnswerScoresTheSameTwice() {
		ScoreReport first = this.engine.score(SampleQuestions.recordsRequest(), ScoringBenchmark.ANSWER);
		ScoreReport second = this.engine.score(SampleQuestions.recordsRequest(), ScoringBenchmark.ANSWER);

		assertThat(second).isEqualTo(first);
		assertThat(first.score()).isGreaterThanOrEqualTo(80);
	}

	private static CriterionOutcome outcome(ScoreReport report, String criterionId) {
		return report.criteria().stream().filter((c) -> c.criterionId().equals(criterionId)).findFirst().orElseThrow();
	}

}
