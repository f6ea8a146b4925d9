package io.readyroom.local;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./readyroom start}: starts the platform, prints where everything is, and stops
 * it all on Ctrl-C.
 */
public final class StartCommand {

	private StartCommand() {
	}

	public static void main(String[] args) throws InterruptedException {
		StartOptions options;
		try {
			options = StartOptions.parse(List.of(args), System.getenv(), Path.of(""));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println();
			System.err.print(StartOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options.helpRequested()) {
			System.out.print(StartOptions.USAGE);
			return;
		}
		LocalPlatformSettings settings = options.settings();
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
			System.exit(1);
		}
		System.out.println(PlatformSummary.of(platform));
		// the embedded servers' threads would keep the JVM alive, but external ones leave
		// none
		platform.awaitStop();
	}

}
