package io.readyroom.contracts;

import java.util.Objects;

/**
 * Checks shared by the event records' constructors, so a malformed event never gets
 * built.
 */
final class EventFields {

	private EventFields() {
	}

	static void requireEnvelope(String eventId, String type, String expectedType, int schemaVersion,
			Object occurredAt) {
		requireText(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt must not be null");
		if (!expectedType.equals(type)) {
			throw new IllegalArgumentException("type must be " + expectedType + " but was " + type);
		}
		if (schemaVersion < 1) {
			throw new IllegalArgumentException("schemaVersion must be at least 1 but was " + schemaVersion);
		}
	}

	static void requireRevision(int revision) {
		if (revision < 1) {
			throw new IllegalArgumentException("revision must be at least 1 but was " + revision);
		}
	}

	static String requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		return value;
	}

}
