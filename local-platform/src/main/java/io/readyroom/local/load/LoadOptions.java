package io.readyroom.local.load;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What {@code ./readyroom load} is to do, and where the platform runs.
 *
 * @param learners how many load learners practise at once
 * @param answers how many answers they send in all; unused when {@code duration} is set
 * @param duration how long they keep sending answers, or {@code null} to send
 * {@code answers}
 * @param rate answers per second the learners are paced to together; 0 for as fast as
 * they go
 * @param ports the platform's ports by part, as {@code ./readyroom} was started with
 */
public record LoadOptions(int learners, int answers, @Nullable Duration duration, double rate,
		Map<PlatformPart, Integer> ports) {

	public LoadOptions {
		ports = Map.copyOf(ports);
	}

	int port(PlatformPart part) {
		return this.ports.get(part);
	}

	URI baseUri(PlatformPart part) {
		return URI.create("http://localhost:" + port(part));
	}

}
