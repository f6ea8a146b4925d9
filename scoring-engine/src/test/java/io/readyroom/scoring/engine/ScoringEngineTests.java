package io.readyroom.scoring.engine;

import java.util.List;

import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.criteria.Signal;
import io.readyroom.scoring.engine.structure.SpecificDetail;
import io.readyroom.scoring.engine.structure.StarComponent;
import io.readyroom.scoring.engine.structure.StarFinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine end to end on the bundled model: credit, verdicts, evidence, structure,
 * faults and feedback.
 */
class ScoringEngineTests {

	private static final String GOOD_RECORDS_ANSWER = "First I would confirm who is calling by checking two identifiers, "
			+ "the patient's full name and date of birth, and ask how she is related to the patient. Then I would "
			+ "look in the chart for a signed authorization naming the daughter. If there is one, I release only the "
			+ "requested records and nothing more. Finally I log the disclosure in our ROI system so it shows up in "
			+ "the accounting of disclosures.";

	private final ScoringEngine engine = ScoringEngine.withBundledModel();

	@Test
	void negatedStatementDoesNotMeetCriterion() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				"I would not verify identity because she sounds like family, and I would check for a signed "
						+ "authorization and then release only the requested records to her.");

		assertThat(outcome(report, "verify-identity").verdict()).isEqualTo(Verdict.MISSED);
		assertThat(outcome(report, "check-authorization").verdict()).isEqualTo(Verdict.MET);
	}

	@Test
	void stemsAndSynonymsMeetTheRubricWording() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				"Before anything else I confirmed the caller's identity against the chart, and then I verified "
						+ "that her authorization form was signed and current before we released anything at all.");

		CriterionOutcome identity = outcome(report, "verify-identity");
		assertThat(identity.verdict()).isEqualTo(Verdict.MET);
		assertThat(identity.decidedBy()).isEqualTo(Signal.WORDING);
		assertThat(identity.evidence()).contains("confirmed the caller's identity");
	}

	@Test
	void evidenceOffsetsPointIntoTheAnswer() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER);

		for (CriterionOutcome outcome : report.criteria()) {
			assertThat(outcome.verdict()).isNotEqualTo(Verdict.MISSED);
			assertThat(GOOD_RECORDS_ANSWER.substring(outcome.evidenceStart(), outcome.evidenceEnd()))
				.isEqualTo(outcome.evidence());
		}
		assertThat(report.criterionResults()).extracting("evidenceStart").doesNotContain(-1);
	}

	@Test
	void answerCoveringEveryStepInOrderScoresHigh() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER);

		assertThat(report.steps().inOrder()).isTrue();
		assertThat(report.steps().stepsFound()).containsExactly("verify-identity", "check-authorization",
				"minimum-necessary", "log-disclosure");
		assertThat(report.score()).isGreaterThanOrEqualTo(80);
		assertThat(report.flags().tooShort()).isFalse();
		assertThat(report.flags().keywordStuffing()).isFalse();
		assertThat(report.flags().offTopic()).isFalse();
	}

	@Test
	void stepsToldOutOfOrderAreReported() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				"I would release only the requested records to her right after I log the disclosure. Later on I would "
						+ "verify her identity with her date of birth and check for a signed authorization in the chart.");

		assertThat(report.steps().inOrder()).isFalse();
		assertThat(report.steps().outOfOrder()).isNotEmpty();
		assertThat(report.feedback().structureTip()).contains("order");
	}

	@Test
	void keywordListDoesNotScoreLikeAnAnswer() {
		ScoreReport list = this.engine.score(SampleQuestions.recordsRequest(),
				"Verify identity, two identifiers, signed authorization, HIPAA authorization, minimum necessary, "
						+ "log the disclosure, accounting of disclosures, release form, date of birth");
		ScoreReport answer = this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER);

		assertThat(list.flags().keywordStuffing()).isTrue();
		assertThat(list.score()).isLessThanOrEqualTo(25);
		assertThat(answer.score() - list.score()).isGreaterThanOrEqualTo(50);
		assertThat(list.feedback().structureTip()).contains("full sentences");
	}

	@Test
	void redFlagLowersTheScoreBelowAHarmlessAnswer() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				GOOD_RECORDS_ANSWER + " If she sounded upset I would give the results over the phone right away.");

		assertThat(report.redFlags()).singleElement().satisfies((hit) -> {
			assertThat(hit.redFlagId()).isEqualTo("discloses-without-verification");
			assertThat(hit.evidence()).contains("give the results over the phone right away");
		});
		ScoreReport harmless = this.engine.score(SampleQuestions.recordsRequest(),
				"I would follow our release of information policy and make sure the request is handled properly.");
		assertThat(report.score()).isLessThan(harmless.score());
		assertThat(report.capReasons()).anyMatch((reason) -> reason.contains("red flag"));
	}

	@Test
	void redFlagKeepsTheBetterOfTwoUnsafeAnswersAhead() {
		String slip = " If she sounded upset I would give the results over the phone right away.";
		ScoreReport thorough = this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER + slip);
		ScoreReport thin = this.engine.score(SampleQuestions.recordsRequest(),
				"I would check the chart for her." + slip);

		assertThat(thin.redFlags()).isNotEmpty();
		assertThat(thorough.score()).isGreaterThan(thin.score());
	}

	@Test
	void redFlagStatedAsSomethingToAvoidIsNotRaised() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				GOOD_RECORDS_ANSWER + " I would never give the results over the phone right away.");

		assertThat(report.redFlags()).isEmpty();
	}

	@Test
	void missedKeyPointBecomesAHintNotTheModelAnswer() {
		ScorableQuestion question = SampleQuestions.recordsRequest();
		ScoreReport report = this.engine.score(question,
				"I would verify her identity with two identifiers and then check that a signed authorization is on "
						+ "file before I release only the requested records to the daughter.");

		assertThat(outcome(report, "log-disclosure").verdict()).isEqualTo(Verdict.MISSED);
		assertThat(report.feedback().hints())
			.anySatisfy((hint) -> assertThat(hint).contains("logs the disclosure for the accounting of disclosures"));
		String exemplar = question.rubric().criteria().get(3).exemplars().get(0);
		assertThat(report.feedback().hints()).allSatisfy((hint) -> {
			assertThat(hint).doesNotContain(exemplar);
			assertThat(hint).doesNotContain("Finally I log the disclosure");
		});
		assertThat(report.feedback().strengths())
			.anyMatch((s) -> s.contains("checks that a valid signed authorization"));
	}

	@Test
	void sameAnswerScoresTheSame() {
		ScoreReport first = this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER);
		ScoreReport second = ScoringEngine.withBundledModel()
			.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER);

		assertThat(second).isEqualTo(first);
		assertThat(first.scorerVersion()).isEqualTo(ScoringEngine.SCORER_VERSION);
		assertThat(first.questionVersion()).isEqualTo(3);
	}

	@Test
	void tooShortAnswerIsFlaggedAndLoweredNotZeroed() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				"I verify identity and check the signed authorization.");

		assertThat(report.flags().tooShort()).isTrue();
		assertThat(report.score()).isPositive()
			.isLessThan(this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER).score());
		assertThat(report.capReasons()).anyMatch((reason) -> reason.contains("too short"));
	}

	@Test
	void answerInAnotherLanguageIsToldSoRatherThanCalledAList() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				"Primero verificaría la identidad de la persona que llama con dos identificadores y luego revisaría "
						+ "si hay una autorización firmada antes de entregar los registros.");

		assertThat(report.flags().notEnglish()).isTrue();
		assertThat(report.flags().keywordStuffing()).isFalse();
		assertThat(report.feedback().structureTip()).startsWith("Answer in English");
	}

	@Test
	void offTopicAnswerIsFlagged() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(),
				"My favourite weekend hobby is baking sourdough bread, and I enjoy hiking with friends in the mountains "
						+ "whenever the weather is good enough for a long trail.");

		assertThat(report.flags().offTopic()).isTrue();
		assertThat(report.score()).isLessThanOrEqualTo(10);
	}

	@Test
	void starStoryComponentsArePresentWithEvidence() {
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"At my previous job at a family clinic, a discharge summary was faxed to the wrong practice. "
						+ "I was responsible for privacy on our team, so I had to handle it. I called the recipient, "
						+ "asked them to destroy it, and reported it to our privacy officer the same day. We completed "
						+ "the four factor risk assessment and found a low probability of compromise. As a result no "
						+ "notification was needed, and we retrained the front desk, which reduced misdirected faxes by 80%.");

		assertThat(report.star().applies()).isTrue();
		assertThat(report.star().missing()).isEmpty();
		assertThat(report.star().findings()).allSatisfy((f) -> assertThat(f.evidence()).isNotEmpty());
		assertThat(report.feedback().strengths()).anyMatch((s) -> s.contains("STAR"));
	}

	@Test
	void storyWithoutAResultIsToldWhatIsMissing() {
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"At my previous job a discharge summary was faxed to the wrong clinic. I was responsible for privacy "
						+ "on our team. I called the recipient and asked them to destroy it, and I reported it to our "
						+ "privacy officer the same day.");

		assertThat(report.star().missing()).containsExactly(StarComponent.RESULT);
		assertThat(report.feedback().structureTip()).contains("the result");
	}

	@Test
	void feedbackOnTheStoryFromTheIssueCitesEachPartAndEverySpecific() {
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"When I was working at a 300-bed hospital, I found that a nurse's badge was used to open charts she "
						+ "had no reason to see. I was responsible for privacy on our team. I disabled the account within "
						+ "the hour and reported it to our privacy officer. We ran the four-factor risk assessment, and "
						+ "after a two-week retraining our chart audits showed no repeat.");

		assertThat(report.star().missing()).isEmpty();
		assertThat(report.star().findings()).extracting(StarFinding::evidence).doesNotHaveDuplicates();
		assertThat(report.star().findings().get(StarComponent.ACTION.ordinal()).evidence())
			.startsWith("I disabled the account");
		assertThat(report.feedback().strengths()).contains("You were specific: 300-bed hospital, within the hour, "
				+ "four-factor risk assessment, two-week retraining.");
	}

	@Test
	void questionAboutTheOrganizationIsNotTreatedAsAStory() {
		ScoreReport report = this.engine.score(SampleQuestions.knowOrganization(),
				"I know the hospital was founded over a century ago and that its mission is care for the whole "
						+ "community. I also read that you are opening a new campus with 120 beds next spring.");

		assertThat(report.star().applies()).isFalse();
		assertThat(outcome(report, "connects-to-self").verdict()).isEqualTo(Verdict.MISSED);
		assertThat(report.feedback().structureTip()).doesNotContain("STAR");
		assertThat(report.feedback().hints())
			.allSatisfy((hint) -> assertThat(hint).doesNotContain("what you did", "would do", "story"));
	}

	@Test
	void storyHintsAskWhatTheLearnerDid() {
		ScoreReport report = this.engine.score(SampleQuestions.privacyIncident(),
				"At my previous job a discharge summary was faxed to the wrong clinic. I called the recipient and "
						+ "asked them to destroy it, and I reported it to our privacy officer the same day.");

		assertThat(report.feedback().hints())
			.anySatisfy((hint) -> assertThat(hint).startsWith("Add this key point: assesses breach risk")
				.endsWith("say what you did about it."));
	}

	@Test
	void specificityFindsStandardsSystemsAndFigures() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER
				+ " In Epic I attach the HIPAA authorization, and we answer requests within 30 days.");

		assertThat(report.specificity().details()).extracting(SpecificDetail::text)
			.contains("Epic", "HIPAA", "within 30 days", "accounting of disclosures");
		assertThat(report.specificity().level()).isEqualTo(1.0);
	}

	@Test
	void everyCompetencyOfTheQuestionGetsAScore() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(), GOOD_RECORDS_ANSWER);

		assertThat(report.competencyScores()).extracting("competency")
			.containsExactly("release-of-information", "hipaa-privacy-rule");
		assertThat(report.competencyScores()).extracting("score").containsOnly(report.score());
	}

	@Test
	void emptyAnswerScoresZero() {
		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest(), "   ");

		assertThat(report.score()).isZero();
		assertThat(report.criteria()).extracting(CriterionOutcome::verdict).containsOnly(Verdict.MISSED);
	}

	@Test
	void questionWithOnlyAModelAnswerGetsCriteriaDerivedFromIt() {
		ScorableQuestion question = ScorableQuestion.inline("How would you handle a request to amend a medical record?",
				"Log the amendment request and its date. Route it to the author of the entry for review. "
						+ "Respond to the patient in writing within sixty days.",
				List.of());

		assertThat(question.rubric().criteria()).hasSize(3);
		ScoreReport report = this.engine.score(question,
				"I would log the amendment request with the date it arrived and route it to the author of the entry "
						+ "so they can review it.");
		assertThat(report.criteria()).extracting(CriterionOutcome::verdict)
			.containsExactly(Verdict.MET, Verdict.MET, Verdict.MISSED);
		assertThat(report.feedback().hints()).singleElement()
			.satisfies((hint) -> assertThat(hint).doesNotContain("in writing within sixty days"));
	}

	@Test
	void keyPointsBecomeOneCriterionEach() {
		ScorableQuestion question = ScorableQuestion.inline("What does HL7 FHIR add over HL7 v2?",
				"FHIR exposes resources over a RESTful API using JSON, which makes integration with modern apps easier.",
				List.of("resources exposed over a REST API", "JSON or XML payloads", "easier app integration"));

		assertThat(question.rubric().criteria()).extracting("description")
			.containsExactly("resources exposed over a REST API", "JSON or XML payloads", "easier app integration");
	}

	private static CriterionOutcome outcome(ScoreReport report, String criterionId) {
		return report.criteria().stream().filter((c) -> c.criterionId().equals(criterionId)).findFirst().orElseThrow();
	}

}
