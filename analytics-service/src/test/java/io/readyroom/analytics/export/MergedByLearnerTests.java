package io.readyroom.analytics.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MergedByLearnerTests {

	@Test
	void handsOverEachLearnersRecordsFromBothCursorsTogether() {
		List<String> calls = merge(List.of("ada:a1", "ada:a2", "cy:a3"), List.of("bob:s1", "cy:s2", "cy:s3"));

		assertThat(calls).containsExactly("ada [ada:a1, ada:a2] []", "bob [] [bob:s1]", "cy [cy:a3] [cy:s2, cy:s3]");
	}

	@Test
	void aLearnerOnlyOneCursorKnowsStillComesOnce() {
		assertThat(merge(List.of(), List.of("bob:s1", "bob:s2"))).containsExactly("bob [] [bob:s1, bob:s2]");
		assertThat(merge(List.of("ada:a1"), List.of())).containsExactly("ada [ada:a1] []");
		assertThat(merge(List.of(), List.of())).isEmpty();
	}

	@Test
	void ordersIdsByCodePointAsMongoDbSortsStrings() {
		// U+FB01 sorts before U+1F600, although its UTF-16 unit is greater than the
		// surrogate's
		assertThat(MergedByLearner.first("\uD83D\uDE00", "\uFB01")).isEqualTo("\uFB01");
		assertThat(MergedByLearner.first("ada", "bob")).isEqualTo("ada");
		assertThat(MergedByLearner.first(null, "bob")).isEqualTo("bob");
	}

	private static List<String> merge(List<String> answers, List<String> sessions) {
		Function<String, String> learnerOf = (record) -> record.substring(0, record.indexOf(':'));
		List<String> calls = new ArrayList<>();
		MergedByLearner.forEach(answers.iterator(), learnerOf, sessions.iterator(), learnerOf, (learner, learnerAnswers,
				learnerSessions) -> calls.add(learner + " " + learnerAnswers + " " + learnerSessions));
		return calls;
	}

}
