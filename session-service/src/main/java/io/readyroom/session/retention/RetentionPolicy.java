package io.readyroom.session.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How long a program keeps its learners' answer text.
 *
 * @param answerTextDays days after submission the text is removed; {@code null} keeps it
 * for as long as the program runs, the default
 * @param changedBy who set it last; {@code null} for a program that never set one
 */
@Document("retention_policies")
record RetentionPolicy(@Id String programId, @Nullable Integer answerTextDays, @Nullable String changedBy,
		@Nullable Instant changedAt) {

	static RetentionPolicy keepForever(String programId) {
		return new RetentionPolicy(programId, null, null, null);
	}

	/** Answers submitted before this time have outlived their text. */
	Optional<Instant> textExpiresBefore(Instant now) {
		return Optional.ofNullable(this.answerTextDays).map((days) -> now.minus(Duration.ofDays(days)));
	}

}
