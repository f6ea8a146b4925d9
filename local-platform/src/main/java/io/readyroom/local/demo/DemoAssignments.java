package io.readyroom.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Assignments in progress: each cohort gets one, due in a few days, set by the director,
 * and the first few of its learners have done it already, so the cohort dashboards show
 * completion that is under way.
 */
final class DemoAssignments {

	private static final int DONE_PER_COHORT = 3;

	private static final List<Map<String, Object>> ASSIGNMENTS = List.of(
			Map.of("title", "Privacy and release of information drill", "mode", "targeted", "competencyIds",
					List.of("hipaa-privacy-rule", "release-of-information"), "questionCount", 2),
			Map.of("title", "Technical basics practice set", "mode", "practice-set", "questionCount", 3));

	private final ServiceClient sessions;

	private final LearnerPractice practice;

	private final PrintStream progress;

	DemoAssignments(ServiceClient sessions, LearnerPractice practice, PrintStream progress) {
		this.sessions = sessions;
		this.practice = practice;
		this.progress = progress;
	}

	/**
	 * @return how many answers each learner who did an assignment submitted for it
	 */
	Map<SimulatedLearner, Integer> assign(List<SimulatedLearner> roster, String directorToken, Instant now) {
		Map<SimulatedLearner, Integer> submitted = new HashMap<>();
		Map<String, List<SimulatedLearner>> byCohort = roster.stream()
			.collect(Collectors.groupingBy(SimulatedLearner::cohortId));
		int next = 0;
		for (Map.Entry<String, List<SimulatedLearner>> cohort : byCohort.entrySet()) {
			Map<String, Object> assignment = ASSIGNMENTS.get(next++ % ASSIGNMENTS.size());
			String assignmentId = assign(cohort.getKey(), assignment, cohort.getValue().get(0).roleTrack(),
					directorToken, now);
			List<SimulatedLearner> done = cohort.getValue()
				.subList(0, Math.min(DONE_PER_COHORT, cohort.getValue().size()));
			for (SimulatedLearner learner : done) {
				PracticeCount count = new PracticeCount();
				this.practice.practiseAssignment(learner, assignmentId, now, count);
				submitted.put(learner, count.answers());
			}
			this.progress.println("Demo: " + cohort.getKey() + " assigned \"" + assignment.get("title") + "\"; "
					+ done.size() + " of " + cohort.getValue().size() + " learners have done it");
		}
		return submitted;
	}

	private String assign(String cohortId, Map<String, Object> assignment, String roleTrack, String directorToken,
			Instant now) {
		Map<String, Object> request = new HashMap<>(assignment);
		request.put("roleTrack", roleTrack);
		request.put("dueAt", now.plus(Duration.ofDays(4)).toString());
		return this.sessions.post("/api/cohorts/" + cohortId + "/assignments", request, directorToken)
			.path("assignmentId")
			.asString();
	}

}
