package io.readyroom.scoring.engine.structure;

import java.util.List;

import io.readyroom.contracts.RedFlag;
import io.readyroom.scoring.engine.criteria.PhraseMatcher;
import io.readyroom.scoring.engine.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedFlagDetectorTests {

	private static final RedFlag PITCH = new RedFlag("price-or-pitch-only", "Picks a vendor on the pitch alone.",
			List.of("best sales pitch"));

	private static final RedFlag UNTESTED = new RedFlag("untested-production-changes",
			"Changes production without testing.", List.of("changed production without testing"));

	private final TextAnalyzer analyzer = new TextAnalyzer();

	private final PhraseMatcher matcher = new PhraseMatcher(this.analyzer);

	private final RedFlagDetector detector = new RedFlagDetector(this.analyzer);

	@Test
	void thePracticeSaidOutRightRaisesTheFlagWithItsWords() {
		List<RedFlagHit> hits = detect("Honestly, I went with the vendor that had the best sales pitch.", PITCH);

		assertThat(hits).singleElement().satisfies((hit) -> assertThat(hit.evidence()).isEqualTo("best sales pitch"));
	}

	@Test
	void thePracticeTurnedDownRaisesNothing() {
		assertThat(detect("We scored demos in a matrix so the decision isn't driven by the best sales pitch.", PITCH))
			.isEmpty();
	}

	@Test
	void describingTheSafePracticeRaisesNothing() {
		assertThat(detect("Each change was tested in the non-production copy before it went to production.", UNTESTED))
			.isEmpty();
	}

	private List<RedFlagHit> detect(String answer, RedFlag flag) {
		return this.detector.detect(this.analyzer.analyze(answer), List.of(flag),
				List.of(flag.expressions().stream().map(this.matcher::compile).toList()));
	}

}
