package io.readyroom.scoring.evaluation;

/** A word of an answer: its stem, and where it stands in the original text. */
record Token(String stem, int start, int end) {

}
