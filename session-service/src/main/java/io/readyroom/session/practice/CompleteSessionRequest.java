package io.readyroom.session.practice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The optional body of a completion. {@code completedAt} is accepted only where
 * backdating is allowed (the local demo); left out, the session completes now.
 */
record CompleteSessionRequest(@Nullable Instant completedAt) {

}
