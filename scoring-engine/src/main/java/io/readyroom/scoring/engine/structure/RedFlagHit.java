package io.readyroom.scoring.engine.structure;

/** A red flag the answer raised: why it matters and the words that raised it. */
public record RedFlagHit(String redFlagId, String reason, String evidence, int evidenceStart, int evidenceEnd) {

}
