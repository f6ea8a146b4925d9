package io.readyroom.scoring.erasure;

/**
 * Something of an erased learner was stored after all: scoring found the learner not
 * erased, the erasure then removed their data, and scoring's write came after. Whoever
 * carries out erasures removes it again. Published within the service only.
 */
public record ErasedLearnerStored(String programId, String learnerId) {

}
