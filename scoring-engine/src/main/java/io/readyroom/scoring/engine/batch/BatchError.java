package io.readyroom.scoring.engine.batch;

/**
 * One output line for an input line that could not be scored; {@code id} is null if
 * unreadable.
 */
record BatchError(String id, long line, String error) {

}
