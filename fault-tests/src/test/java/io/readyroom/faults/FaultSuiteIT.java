package io.readyroom.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.readyroom.local.load.AcceptedAnswers;
import io.readyroom.local.load.AnswerLoad;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: the built platform as separate processes, learners practising, one
 * fault after another, and after each the promise checked: every answer acknowledged with
 * a 2xx is scored and counted exactly once, profiles and dashboards equal a reference
 * computed from the stored scores, poison goes to the dead-letter topic on the first
 * attempt while its partition keeps flowing, and the time to recover is taken. Every
 * fault runs even when an earlier one failed, so the table is always whole; it is printed
 * and written to {@code target/fault-figures.md}. The stack's data and logs stay under
 * {@code target/fault-suite-*}.
 */
class FaultSuiteIT {

	@Test
	void everyAcknowledgedAnswerIsScoredAndCountedOnceThroughEveryFault() throws IOException {
		SuiteScale scale = SuiteScale.fromSystemProperty();
		Path target = Files.createDirectories(Path.of("target")).toAbsolutePath();
		Path data = Files.createTempDirectory(target, "fault-suite-");
		LearnerRoster roster = LearnerRoster.of(scale.learners());
		List<FaultOutcome> outcomes = new ArrayList<>();
		try (FaultStack stack = FaultStack.start(ProjectRoot.locate(), data, roster.writeAccounts(data))) {
			KafkaProbe kafka = new KafkaProbe(stack.ports().kafkaBootstrap());
			AnswerLoad load = AnswerLoad.signIn(roster.learners(), stack.ports().issuer(),
					StackPorts.local(stack.ports().session()));
			FaultContext context = new FaultContext(stack, kafka, roster.learners().get(0).username());
			FaultRun run = new FaultRun(context, load, new ReadModels(stack.ports().mongoUri()), new AcceptedAnswers(),
					scale);
			for (Fault fault : scale.faults()) {
				FaultOutcome outcome = run.run(fault);
				System.out.println(outcome.fault() + ": " + outcome.tally() + " " + outcome.problems());
				outcomes.add(outcome);
			}
		}
		finally {
			String table = FaultTable.of(outcomes);
			System.out.println("Fault suite (" + scale.name() + "), data and logs in " + data + "\n" + table);
			FaultTable.write(table, target.resolve("fault-figures.md"));
		}

		SoftAssertions.assertSoftly((softly) -> outcomes.forEach((outcome) -> {
			Tally tally = outcome.tally();
			softly.assertThat(outcome.loadCompleted()).as(outcome.fault() + ": load completed").isTrue();
			softly.assertThat(tally.lost()).as(outcome.fault() + ": acknowledged answers lost; " + tally).isZero();
			softly.assertThat(tally.duplicated()).as(outcome.fault() + ": answers counted twice; " + tally).isZero();
			softly.assertThat(tally.profileDifferences())
				.as(outcome.fault() + ": profiles against the reference")
				.isEmpty();
			softly.assertThat(tally.dashboardDifferences())
				.as(outcome.fault() + ": dashboards against the reference")
				.isEmpty();
			softly.assertThat(outcome.recovery()).as(outcome.fault() + ": recovered in time").isNotNull();
			softly.assertThat(outcome.problems()).as(outcome.fault()).isEmpty();
		}));
	}

}
