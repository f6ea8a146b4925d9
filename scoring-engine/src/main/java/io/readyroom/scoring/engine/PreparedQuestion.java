package io.readyroom.scoring.engine;

import java.util.List;
import java.util.Set;

import io.readyroom.scoring.engine.criteria.PreparedCriterion;
import io.readyroom.scoring.engine.meaning.ReferenceEmbeddings;
import io.readyroom.scoring.engine.structure.PreparedRedFlag;

/**
 * What scoring needs from a question, computed once per question version: compiled
 * phrases and red flags, embedded references, the vocabulary of its topic and the model
 * answer's length.
 */
record PreparedQuestion(ScorableQuestion question, List<PreparedCriterion> criteria, List<PreparedRedFlag> redFlags,
		ReferenceEmbeddings references, Set<String> topicConcepts, int modelAnswerWords) {

}
