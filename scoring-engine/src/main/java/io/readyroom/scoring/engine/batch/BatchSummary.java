package io.readyroom.scoring.engine.batch;

/** How a batch went: lines scored and lines that could not be scored. */
public record BatchSummary(long scored, long failed) {

}
