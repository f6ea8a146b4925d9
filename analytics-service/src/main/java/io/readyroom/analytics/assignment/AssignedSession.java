package io.readyroom.analytics.assignment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A practice session started from an assignment, as far as the assignment's figures need
 * it: the session events' record, read for these fields only.
 *
 * @param completedAt {@code null} while the session is not completed
 */
@Document("practice_activity")
record AssignedSession(@Id String sessionId, String learnerId, String assignmentId, Instant completedAt) {

}
