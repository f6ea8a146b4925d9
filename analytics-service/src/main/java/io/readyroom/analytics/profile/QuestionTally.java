package io.readyroom.analytics.profile;

/** A learner's scored answers to one question: how many, their score sum and mean. */
public record QuestionTally(String questionId, int attempts, long scoreSum, double meanScore) {

}
