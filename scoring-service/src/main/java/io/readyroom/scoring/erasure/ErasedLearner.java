package io.readyroom.scoring.erasure;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learner erased from a program, named only by a digest of program and learner
 * ({@link io.readyroom.support.erasure.LearnerDigest}), since no store may keep the id.
 */
@Document("erased_learners")
record ErasedLearner(@Id String key, String programId) {

}
