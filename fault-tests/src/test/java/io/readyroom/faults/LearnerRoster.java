package io.readyroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import io.readyroom.local.load.Learner;

/**
 * The suite's learners, spread over a few cohorts of the demo program, written as extra
 * identity-server configuration ({@code spring.config.additional-location}): the identity
 * server reads its accounts from configuration, so the suite needs no change to it.
 */
final class LearnerRoster {

	static final String PROGRAM = "demo-program";

	private static final int COHORTS = 4;

	private final List<Learner> learners;

	private LearnerRoster(List<Learner> learners) {
		this.learners = List.copyOf(learners);
	}

	static LearnerRoster of(int size) {
		return new LearnerRoster(IntStream.rangeClosed(1, size)
			.mapToObj((number) -> new Learner("fault-learner-%03d".formatted(number),
					"fault-learner-%03d-password".formatted(number), "fault-cohort-" + (number % COHORTS + 1)))
			.toList());
	}

	List<Learner> learners() {
		return this.learners;
	}

	/**
	 * Writes the accounts as a YAML file that replaces the identity server's account
	 * list.
	 * @return the file
	 */
	Path writeAccounts(Path directory) {
		StringBuilder yaml = new StringBuilder("readyroom:\n  identity:\n    accounts:\n");
		for (Learner learner : this.learners) {
			yaml.append("      - username: ").append(learner.username()).append('\n');
			yaml.append("        password: ").append(learner.password()).append('\n');
			yaml.append("        role: learner\n");
			yaml.append("        program-id: ").append(PROGRAM).append('\n');
			yaml.append("        cohort-ids: ").append(learner.cohortId()).append('\n');
		}
		try {
			Files.createDirectories(directory);
			return Files.writeString(directory.resolve("fault-suite-accounts.yml"), yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
