package io.readyroom.local.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.readyroom.local.identity.IdentityServerUnreachableException;

/**
 * Lets the cast practise one after the other and reports each learner and the totals. A
 * learner who fails is reported and skipped; the others go on.
 */
final class DemoRun {

	private final LearnerPractice practice;

	private final PrintStream progress;

	DemoRun(LearnerPractice practice, PrintStream progress) {
		this.practice = practice;
		this.progress = progress;
	}

	/**
	 * @return each learner who practised and how many answers they submitted, in the
	 * roster's order
	 */
	Map<SimulatedLearner, Integer> practise(List<SimulatedLearner> roster) {
		Map<SimulatedLearner, Integer> submitted = new LinkedHashMap<>();
		PracticeCount total = new PracticeCount();
		int practised = 0;
		int skipped = 0;
		for (SimulatedLearner learner : roster) {
			if (Thread.currentThread().isInterrupted()) {
				this.progress.println("Demo: interrupted; the remaining learners do not practise");
				break;
			}
			PracticeCount count = new PracticeCount();
			try {
				this.practice.practise(learner, count);
				submitted.put(learner, count.answers());
				practised++;
				this.progress.println(finished(learner, count));
			}
			catch (IdentityServerUnreachableException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				skipped++;
				this.progress.println("Demo: " + learner.username() + " skipped: " + reasonOf(ex));
			}
			total.add(count);
		}
		this.progress.println(summary(practised, skipped, total));
		return submitted;
	}

	static String reasonOf(RuntimeException ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
	}

	private static String finished(SimulatedLearner learner, PracticeCount count) {
		return String.format(Locale.ROOT, "Demo: %s (%s, %s): %s, %s (%s)", learner.username(), learner.cohortId(),
				learner.roleTrack(), plural(count.sessions(), "session"), plural(count.answers(), "answer"),
				count.levels());
	}

	private static String summary(int learners, int skipped, PracticeCount total) {
		return "Demo: " + plural(learners, "learner") + ", " + plural(total.sessions(), "session") + ", "
				+ plural(total.answers(), "answer") + " submitted over " + SessionPlans.WEEKS + " weeks"
				+ ((skipped > 0) ? " (" + plural(skipped, "learner") + " skipped, see above)" : "")
				+ "; the scorer and analytics follow within seconds";
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
