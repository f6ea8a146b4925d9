package io.readyroom.local.service;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A service died or stayed unready while starting; the message says which and shows the
 * end of its log.
 */
public class ServiceStartException extends RuntimeException {

	static final int LOG_LINES_SHOWN = 30;

	ServiceStartException(String message) {
		super(message);
	}

	static ServiceStartException exited(ServiceProcess service) {
		return new ServiceStartException(service.name() + " exited with code " + service.exitValue()
				+ " before it became ready." + logTailOf(service));
	}

	static ServiceStartException notReadyWithin(Duration timeout, List<ServiceProcess> services) {
		String names = services.stream().map(ServiceProcess::name).collect(Collectors.joining(", "));
		String tails = services.stream().map(ServiceStartException::logTailOf).collect(Collectors.joining());
		return new ServiceStartException(names + " did not become ready within " + timeout.toSeconds() + " s." + tails);
	}

	private static String logTailOf(ServiceProcess service) {
		List<String> lines = service.logTail(LOG_LINES_SHOWN);
		if (lines.isEmpty()) {
			return System.lineSeparator() + service.logFile() + " is empty.";
		}
		return System.lineSeparator() + "Last lines of " + service.logFile() + ":" + System.lineSeparator()
				+ lines.stream().map((line) -> "  | " + line).collect(Collectors.joining(System.lineSeparator()));
	}

}
