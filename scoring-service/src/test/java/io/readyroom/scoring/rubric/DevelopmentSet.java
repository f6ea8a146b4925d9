package io.readyroom.scoring.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-graded interview answers in {@code development-set/interview-answers.yaml}:
 * for each bank question, answers of known grades and the score an interviewer would give
 * them.
 */
record DevelopmentSet(List<GradedQuestion> questions) {

	private static final String RESOURCE = "development-set/interview-answers.yaml";

	static DevelopmentSet load() {
		try (InputStream in = DevelopmentSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
			}
			return new DevelopmentSet(new YAMLMapper().readValue(in, new TypeReference<List<GradedQuestion>>() {
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	/** The answers written for one bank question. */
	record GradedQuestion(String questionId, List<GradedAnswer> answers) {

		Optional<GradedAnswer> answer(Grade... grades) {
			return this.answers.stream().filter((answer) -> Arrays.asList(grades).contains(answer.grade())).findFirst();
		}

	}

	/** An answer as a candidate would speak it, and what an interviewer would give it. */
	record GradedAnswer(Grade grade, int humanScore, String text) {

	}

	/** How good an answer was written to be; see the file's header for each grade. */
	enum Grade {

		EXCELLENT, ADEQUATE, VAGUE, UNSAFE, WRONG, KEYWORDS, SHORT_CORRECT;

		/** As the file spells it: {@code excellent}, {@code short-correct}. */
		String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		@JsonCreator
		static Grade ofLabel(String label) {
			return Arrays.stream(values())
				.filter((grade) -> grade.label().equals(label))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown grade '" + label + "'"));
		}

	}

}
