package io.readyroom.local.demo;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences: at a full stop, question or exclamation mark followed by a
 * new sentence's first character.
 */
final class Sentences {

	private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(])");

	private Sentences() {
	}

	static List<String> of(String text) {
		if (text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(BOUNDARY.split(text.strip())).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
