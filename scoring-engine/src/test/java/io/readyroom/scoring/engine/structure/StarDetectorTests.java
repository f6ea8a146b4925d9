package io.readyroom.scoring.engine.structure;

import java.util.Map;
import java.util.stream.Collectors;

import io.readyroom.scoring.engine.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StarDetectorTests {

	private final TextAnalyzer analyzer = new TextAnalyzer();

	private final StarDetector detector = new StarDetector();

	@Test
	void sceneSettingSentenceIsNotCitedAsTheAction() {
		Map<StarComponent, String> evidence = evidence("When I was working at Mercy Clinic, I found that a discharge "
				+ "summary had been faxed to the wrong practice. I was responsible for privacy on our team. I called "
				+ "the recipient and asked them to destroy it. As a result no notification was needed.");

		assertThat(evidence).containsEntry(StarComponent.SITUATION,
				"When I was working at Mercy Clinic, I found that a discharge summary had been faxed to the wrong practice.")
			.containsEntry(StarComponent.TASK, "I was responsible for privacy on our team.")
			.containsEntry(StarComponent.ACTION, "I called the recipient and asked them to destroy it.")
			.containsEntry(StarComponent.RESULT, "As a result no notification was needed.");
	}

	@Test
	void eachPartOfAFullStoryCitesItsOwnSentence() {
		StarAnalysis star = analyze("At my previous job at a family clinic, a discharge summary was faxed to the "
				+ "wrong practice. I was responsible for privacy on our team, so I had to handle it. I called the "
				+ "recipient, asked them to destroy it, and reported it to our privacy officer the same day. We "
				+ "completed the four factor risk assessment and found a low probability of compromise. As a result no "
				+ "notification was needed, and we retrained the front desk, which reduced misdirected faxes by 80%.");

		assertThat(star.missing()).isEmpty();
		assertThat(star.findings()).extracting(StarFinding::evidence).doesNotHaveDuplicates();
		assertThat(evidence(star).get(StarComponent.ACTION)).startsWith("I called the recipient");
	}

	@Test
	void firstPersonActionIsPreferredToWhatTheTeamDid() {
		Map<StarComponent, String> evidence = evidence("In my last role we were migrating 12 clinics to Epic. "
				+ "My task was to get the front desks ready. We sent out a newsletter. I built a two-week training "
				+ "plan and ran the sessions myself. As a result every clinic went live on time.");

		assertThat(evidence.get(StarComponent.ACTION))
			.isEqualTo("I built a two-week training plan and ran the " + "sessions myself.");
	}

	@Test
	void storyThatOnlyNoticesAProblemIsMissingTheAction() {
		StarAnalysis star = analyze("When I was at the hospital, I noticed that the lab interface was dropping "
				+ "results. I had to get it fixed before go-live. In the end the go-live happened on time.");

		assertThat(star.missing()).containsExactly(StarComponent.ACTION);
	}

	@Test
	void backgroundClauseDoesNotMakeASentenceAnAction() {
		StarAnalysis star = analyze("While I worked at a rural clinic, patients waited weeks for their records.");

		assertThat(star.present()).containsExactly(StarComponent.SITUATION);
	}

	@Test
	void storyToldResultFirstStillCitesOneSentencePerPart() {
		Map<StarComponent, String> evidence = evidence("We reduced claim denials by 30 percent in one quarter. "
				+ "At my last job there was a backlog of denied claims. My goal was to find the cause. I audited "
				+ "fifty denials and rewrote two coding edits.");

		assertThat(evidence.get(StarComponent.RESULT)).startsWith("We reduced claim denials");
		assertThat(evidence.get(StarComponent.SITUATION)).startsWith("At my last job");
		assertThat(evidence.get(StarComponent.TASK)).startsWith("My goal");
		assertThat(evidence.get(StarComponent.ACTION)).startsWith("I audited");
	}

	@Test
	void oneSentenceMayShowSeveralPartsWhenNothingElseDoes() {
		StarAnalysis star = analyze(
				"At my last job I rebuilt the fax directory, which reduced misdirected faxes by 80%.");

		assertThat(star.present()).containsExactly(StarComponent.SITUATION, StarComponent.ACTION, StarComponent.RESULT);
	}

	@Test
	void evidenceOffsetsPointIntoTheAnswer() {
		String answer = "When we moved to Cerner there was no downtime plan. I was asked to write one. I drafted "
				+ "downtime procedures with the charge nurses. Since then every downtime has been handled on paper.";
		StarAnalysis star = analyze(answer);

		assertThat(star.findings())
			.allSatisfy((finding) -> assertThat(answer.substring(finding.evidenceStart(), finding.evidenceEnd()))
				.isEqualTo(finding.evidence()));
	}

	@Test
	void answerWithoutSentencesHasNoParts() {
		assertThat(analyze("").present()).isEmpty();
		assertThat(analyze("?!... ---").present()).isEmpty();
	}

	private StarAnalysis analyze(String answer) {
		return this.detector.analyze(this.analyzer.analyze(answer));
	}

	private Map<StarComponent, String> evidence(String answer) {
		return evidence(analyze(answer));
	}

	private static Map<StarComponent, String> evidence(StarAnalysis star) {
		return star.findings()
			.stream()
			.filter(StarFinding::present)
			.collect(Collectors.toMap(StarFinding::component, StarFinding::evidence));
	}

}
