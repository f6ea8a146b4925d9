package io.readyroom.local.service;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Launches one stub service, prints its pid and exits without closing it, as a JVM ended
 * from outside would.
 */
public final class ExitingLauncher {

	private ExitingLauncher() {
	}

	public static void main(String[] args) throws IOException {
		Path logDirectory = Path.of(args[0]);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), StubService.class.getName(), "run");
		RunningServices.launch(List.of(new ServiceLaunch("orphan-candidate", command, Map.of(), logDirectory,
				URI.create("http://localhost:1"), logDirectory.resolve("orphan-candidate.log"))), (message) -> {
				});
		ProcessHandle.current().children().forEach((child) -> System.out.println(child.pid()));
		System.exit(0);
	}

}
