package io.readyroom.scoring.engine.structure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SpecificityDetectorTests {

	private final SpecificityDetector detector = new SpecificityDetector();

	@Test
	void storyFromTheIssueNamesEverySpecific() {
		Specificity specificity = this.detector.analyze("At a 300-bed hospital, a nurse's badge was used to open "
				+ "charts she had no reason to see. Under HIPAA we ran the four-factor risk assessment with our privacy "
				+ "officer, and after a two-week retraining our chart audits showed no repeat in three months.");

		assertThat(specificity.details()).extracting(SpecificDetail::kind, SpecificDetail::text)
			.containsExactly(tuple(SpecificDetail.Kind.SIZE, "300-bed hospital"),
					tuple(SpecificDetail.Kind.STANDARD, "HIPAA"),
					tuple(SpecificDetail.Kind.METHOD, "four-factor risk assessment"),
					tuple(SpecificDetail.Kind.DURATION, "two-week retraining"),
					tuple(SpecificDetail.Kind.METHOD, "chart audits"),
					tuple(SpecificDetail.Kind.DURATION, "three months"));
		assertThat(specificity.level()).isEqualTo(1.0);
	}

	@Test
	void sizesKeepTheirNoun() {
		assertThat(texts("We supported 12 clinics and 40,000 patients across a 12-clinic network, then moved "
				+ "1.2 million records into a 300-bed community hospital's archive."))
			.containsExactly("12 clinics", "40,000 patients", "12-clinic network", "1.2 million records",
					"300-bed community hospital");
	}

	@Test
	void durationsInDigitsAndWords() {
		assertThat(texts("Patients must be notified within 60 days. The rollout took three months, the fix took "
				+ "24 hours, and I answered within an hour. The 60-day deadline passed quietly after a half-day "
				+ "training."))
			.containsExactly("within 60 days", "three months", "24 hours", "within an hour", "60-day deadline",
					"half-day training");
	}

	@Test
	void frameworksAndNamedProcedures() {
		assertThat(texts("We did a root cause analysis, mapped the gaps to the NIST CSF and ran two PDSA cycles. "
				+ "I told it in STAR form. Staff saw only the minimum necessary, used break-the-glass access and "
				+ "two-factor authentication, and we rehearsed downtime procedures before go-live."))
			.containsExactly("root cause analysis", "NIST CSF", "PDSA", "STAR", "minimum necessary", "break-the-glass",
					"two-factor authentication", "downtime procedures", "go-live");
	}

	@Test
	void figuresStayFigures() {
		assertThat(texts("Denials dropped 30% and we saved $40k while closing 200 tickets.")).containsExactly("30%",
				"$40k", "200 tickets");
	}

	@Test
	void everydayWordsAreNotSpecifics() {
		assertThat(texts("One day a star employee told me we lean on each other, and a week later it was fine."))
			.isEmpty();
	}

	@Test
	void answerWithoutWordsHasNoSpecifics() {
		assertThat(texts("")).isEmpty();
		assertThat(texts("?!... ---")).isEmpty();
	}

	private List<String> texts(String answer) {
		return this.detector.analyze(answer).details().stream().map(SpecificDetail::text).toList();
	}

}
