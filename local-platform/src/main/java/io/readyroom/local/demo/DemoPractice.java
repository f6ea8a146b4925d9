package io.readyroom.local.demo;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.readyroom.local.identity.DemoAccount;
import io.readyroom.local.identity.DemoAccounts;
import io.readyroom.local.identity.DemoSignIn;
import io.readyroom.local.identity.IdentityServerUnreachableException;

/**
 * Loads the demo program with {@value SessionPlans#WEEKS} weeks of practice. Every
 * learner of {@value #PROGRAM} the identity server lists signs in and takes the sessions
 * of the demo's course through session-service, each at its time in the past weeks (which
 * session-service accepts only where backdating is allowed, as {@code ./readyroom --demo}
 * allows it), answering with answers written for the demo at the level their simulated
 * skill in that week allows: some stay weak, the strongest end up ready for their role.
 * The answers travel the real pipeline (Kafka, the scorer, analytics), so the pages fill
 * as they would with real learners, a few seconds later; the run waits for that and ends
 * by reporting per cohort who is ready for their role.
 *
 * <pre>{@code
 * DemoPractice.run(new DemoTargets(identity, session, scoring, analytics), System.out);
 * }</pre>
 */
public final class DemoPractice {

	static final String PROGRAM = "demo-program";

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private final DemoTargets targets;

	private final PrintStream progress;

	private final DemoSignIn signIn;

	private final ServiceClient sessions;

	private final ServiceClient analytics;

	private DemoPractice(DemoTargets targets, PrintStream progress) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(CONNECT_TIMEOUT)
			.build();
		this.targets = targets;
		this.progress = progress;
		this.signIn = new DemoSignIn(targets.identity());
		this.sessions = new ServiceClient("session-service", targets.session(), http);
		this.analytics = new ServiceClient("analytics-service", targets.analytics(), http);
	}

	/**
	 * Lets every learner of the demo program who has not practised yet practise, one
	 * after the other, and reports each on {@code progress}, then the totals, and, once
	 * analytics has counted every answer (at most {@link DemoOutcome#PATIENCE}), who is
	 * ready for their role. When every learner has practised before it prints
	 * {@code Demo data already loaded} and does nothing else. A learner whose sign-in or
	 * call fails is reported with the service's problem detail and skipped; when the
	 * program cannot be simulated at all (no director, a service down) that is reported
	 * and nothing is loaded.
	 * @param targets where the platform answers
	 * @param progress where the progress goes, one line per learner
	 * @throws IdentityServerUnreachableException if nothing answers at the identity
	 * server's address; nothing else is thrown
	 */
	public static void run(DemoTargets targets, PrintStream progress) {
		new DemoPractice(targets, progress).load();
	}

	private void load() {
		try {
			loadProgram();
		}
		catch (IdentityServerUnreachableException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// the platform is useful without demo data, so a failed demo must not stop it
			this.progress.println("Demo data not loaded: " + DemoRun.reasonOf(ex));
		}
	}

	private void loadProgram() {
		DemoProgram program = DemoProgram.of(DemoAccounts.of(this.targets.identity()), PROGRAM);
		String directorToken = this.signIn.accessToken(program.director().username(), program.director().password());
		Set<String> practised = practisedBefore(program, directorToken);
		if (practised.size() == program.learners().size()) {
			this.progress.println("Demo data already loaded: every learner of " + PROGRAM + " has practised");
			return;
		}
		if (!practised.isEmpty()) {
			this.progress.println("Demo: " + String.join(", ", practised) + " practised before; left as they are");
		}
		QuestionBook book = new QuestionBook(this.sessions, directorToken);
		DemoAnswers answers = DemoAnswers.load();
		List<SimulatedLearner> roster = Roster
			.of(program.learners(), new RoleTracks(this.sessions, book, answers).of(directorToken))
			.stream()
			.filter((learner) -> !practised.contains(learner.username()))
			.toList();
		this.progress.println("Demo: " + roster.size() + " learners practise " + SessionPlans.WEEKS
				+ " weeks of sessions, dated in the past weeks ...");
		Instant now = Clock.systemUTC().instant();
		new DemoEnrolments(this.sessions).enrol(roster, directorToken);
		LearnerPractice practice = new LearnerPractice(this.signIn, this.sessions, book, answers,
				new PracticeCalendar(now));
		Map<SimulatedLearner, Integer> submitted = new DemoRun(practice, this.progress).practise(roster);
		new DemoAssignments(this.sessions, practice, this.progress).assign(roster, directorToken, now)
			.forEach((learner, assigned) -> submitted.merge(learner, assigned, Integer::sum));
		new DemoOutcome(this.analytics, directorToken, this.progress, DemoOutcome.PATIENCE).report(submitted);
	}

	private Set<String> practisedBefore(DemoProgram program, String directorToken) {
		PracticeRecords records = new PracticeRecords(this.analytics, directorToken);
		return program.learners()
			.stream()
			.map(DemoAccount::username)
			.filter(records::hasPractised)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
