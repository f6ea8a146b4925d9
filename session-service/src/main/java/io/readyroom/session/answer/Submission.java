package io.readyroom.session.answer;

/**
 * The outcome of a submission: {@code replay} is true when the answer id was already
 * accepted and nothing new happened.
 */
record Submission(String answerId, boolean replay) {

}
