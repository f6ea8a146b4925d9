package io.readyroom.scoring.rescore;

/** How many answers were re-scored under which version. */
record RescoreResult(String questionId, int version, int rescored) {

}
