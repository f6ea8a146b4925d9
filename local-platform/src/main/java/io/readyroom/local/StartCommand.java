package io.readyroom.local;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import io.readyroom.local.demo.DemoPractice;
import io.readyroom.local.demo.DemoTargets;
import io.readyroom.local.program.DemoMembership;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ./readyroom start}: starts the platform, loads the demo program when asked to,
 * prints where everything is, and stops it all on Ctrl-C. Also what {@code ./readyroom}
 * does without a command.
 */
@Command(name = "start", sortOptions = false, header = "Starts the platform; what ./readyroom does without a command.",
		description = ReadyroomCommand.DESCRIPTION, synopsisHeading = "%nUsage: ", descriptionHeading = "%n",
		optionListHeading = "%nOptions:%n", footerHeading = "%nEnvironment variables:%n",
		footer = StartOptions.ENVIRONMENT)
final class StartCommand implements Callable<Integer> {

	@Mixin
	private StartOptions options;

	@Override
	public Integer call() throws InterruptedException {
		return start(this.options);
	}

	StartOptions options() {
		return this.options;
	}

	/**
	 * @return the exit code: 0 once stopped, 1 if the platform did not start
	 * @throws picocli.CommandLine.ParameterException if the options contradict each other
	 * or the environment
	 */
	static int start(StartOptions options) throws InterruptedException {
		LocalPlatformSettings settings = options.settings(System.getenv(), Path.of(""));
		LauncherLogging.writeTo(settings.logDirectory());
		LocalPlatform platform = new LocalPlatform(settings, System.out);
		AtomicBoolean stopRequested = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopRequested.set(true);
			platform.close();
		}, "readyroom-stop"));
		try {
			platform.startAll();
		}
		catch (PlatformStartException ex) {
			// after Ctrl-C during start-up the failure is expected, not news
			if (!stopRequested.get()) {
				System.err.println();
				System.err.println("Readyroom did not start. " + ex.getMessage());
			}
			return 1;
		}
		ensureDemoMembership(platform);
		if (options.demo()) {
			loadDemo(platform);
		}
		if (!stopRequested.get()) {
			System.out.println(PlatformSummary.of(platform));
		}
		// the embedded servers' threads would keep the JVM alive, but external ones leave
		// none
		platform.awaitStop();
		return 0;
	}

	/**
	 * Makes sure the demo programs' cohorts and enrolments are in the program's data, so
	 * the director's Cohorts page shows them. A failure is reported, not fatal: the
	 * tokens' cohorts still place everyone.
	 */
	private static void ensureDemoMembership(LocalPlatform platform) {
		try {
			List<String> added = new DemoMembership(platform.issuerUri(), platform.baseUrl(ReadyroomService.SESSION))
				.ensure();
			if (!added.isEmpty()) {
				System.out.println("Demo programs' membership added: " + String.join("; ", added));
			}
		}
		catch (RuntimeException ex) {
			System.out.println("Demo programs' membership not checked: " + ex.getMessage());
		}
	}

	/**
	 * Lets the demo program's simulated learners practise through the running services.
	 * The platform is useful without the demo, so a failure is reported, not fatal.
	 */
	private static void loadDemo(LocalPlatform platform) {
		System.out.println("Loading the demo program: simulated learners practise through the services ...");
		try {
			DemoPractice.run(
					new DemoTargets(platform.issuerUri(), platform.baseUrl(ReadyroomService.SESSION),
							platform.baseUrl(ReadyroomService.SCORING), platform.baseUrl(ReadyroomService.ANALYTICS)),
					System.out);
		}
		catch (RuntimeException ex) {
			System.out.println("Demo data not loaded: " + ex.getMessage());
		}
	}

}
