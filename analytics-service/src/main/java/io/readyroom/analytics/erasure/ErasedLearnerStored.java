package io.readyroom.analytics.erasure;

/**
 * Something of an erased learner was stored after all: a listener found the learner not
 * erased, the erasure then remembered them and removed their data, and the listener's
 * write came after. Whoever carries out erasures removes it again. Published in the
 * listener's thread, never outside the service.
 */
public record ErasedLearnerStored(String programId, String learnerId) {

}
