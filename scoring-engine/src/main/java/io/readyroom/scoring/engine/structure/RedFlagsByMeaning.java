package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;
import io.readyroom.scoring.engine.text.Token;

/**
 * Recognises a red flag's practice said in other words: "I let him use my login until IT
 * reset his password" for "shares credentials". A sentence, or one clause of a long one,
 * raises it when it is close in meaning to one of the flag's statements, says it with the
 * same polarity (so "I would never share my login" does not raise "shared my login"), and
 * is closer to the unsafe practice than to any safe key point of the rubric: embeddings
 * place a warning against a practice near the practice itself, but a warning also sits
 * near the rubric's safe exemplars.
 *
 * <p>
 * Clauses are embedded only in sentences already somewhat close to a flag, so answers
 * that say nothing unsafe cost no extra embeddings.
 */
public final class RedFlagsByMeaning {

	/** A sentence this close to a flag is worth reading clause by clause. */
	private static final double WORTH_A_CLOSER_LOOK = 0.4;

	private static final int MIN_CLAUSE_CONTENT_WORDS = 4;

	private final SentenceEmbedder embedder;

	private final double threshold;

	private final double margin;

	/**
	 * @param threshold the cosine at which a sentence states the practice
	 * @param margin how much closer to the practice than to any safe key point it must be
	 */
	public RedFlagsByMeaning(SentenceEmbedder embedder, double threshold, double margin) {
		this.embedder = embedder;
		this.threshold = threshold;
		this.margin = margin;
	}

	/**
	 * @param sentenceVectors one embedding per answer sentence, in order
	 * @param flagVectors per red flag, one embedding per statement
	 * @param safeSimilarity a text's best cosine to any criterion reference
	 */
	public List<RedFlagHit> detect(AnalyzedText answer, List<float[]> sentenceVectors, List<PreparedRedFlag> flags,
			List<List<float[]>> flagVectors, ToDoubleFunction<float[]> safeSimilarity) {
		List<RedFlagHit> hits = new ArrayList<>();
		if (flags.isEmpty()) {
			return hits;
		}
		for (Unit unit : units(answer, sentenceVectors, flagVectors)) {
			double safe = safeSimilarity.applyAsDouble(unit.vector());
			for (int f = 0; f < flags.size(); f++) {
				String id = flags.get(f).flag().id();
				if (hits.stream().noneMatch((hit) -> hit.redFlagId().equals(id))
						&& states(unit, flags.get(f), flagVectors.get(f), safe)) {
					hits.add(new RedFlagHit(id, flags.get(f).flag().description(),
							answer.text().substring(unit.start(), unit.end()), unit.start(), unit.end()));
				}
			}
		}
		return hits;
	}

	private boolean states(Unit unit, PreparedRedFlag flag, List<float[]> vectors, double safe) {
		for (int i = 0; i < vectors.size(); i++) {
			double similarity = SentenceEmbedder.similarity(unit.vector(), vectors.get(i));
			if (similarity >= this.threshold && similarity - safe >= this.margin
					&& flag.negated().get(i) == unit.negated()) {
				return true;
			}
		}
		return false;
	}

	private List<Unit> units(AnalyzedText answer, List<float[]> sentenceVectors, List<List<float[]>> flagVectors) {
		List<Unit> units = new ArrayList<>();
		for (int s = 0; s < sentenceVectors.size(); s++) {
			Sentence sentence = answer.sentences().get(s);
			List<Token> tokens = answer.tokensOf(sentence);
			units.add(new Unit(sentence.start(), sentence.end(), sentenceVectors.get(s), negated(tokens)));
			if (closest(sentenceVectors.get(s), flagVectors) >= WORTH_A_CLOSER_LOOK) {
				units.addAll(clauses(answer, tokens));
			}
		}
		return units;
	}

	private List<Unit> clauses(AnalyzedText answer, List<Token> tokens) {
		List<List<Token>> clauses = new ArrayList<>();
		for (Token token : tokens) {
			if (clauses.isEmpty() || clauses.get(clauses.size() - 1).get(0).clause() != token.clause()) {
				clauses.add(new ArrayList<>());
			}
			clauses.get(clauses.size() - 1).add(token);
		}
		if (clauses.size() < 2) {
			return List.of();
		}
		List<Unit> units = new ArrayList<>();
		for (List<Token> clause : clauses) {
			if (clause.stream().filter(Token::isContent).count() >= MIN_CLAUSE_CONTENT_WORDS) {
				int start = clause.get(0).start();
				int end = clause.get(clause.size() - 1).end();
				units.add(new Unit(start, end, this.embedder.embed(answer.text().substring(start, end)),
						negated(clause)));
			}
		}
		return units;
	}

	private static double closest(float[] vector, List<List<float[]>> flagVectors) {
		double best = 0;
		for (List<float[]> statements : flagVectors) {
			for (float[] statement : statements) {
				best = Math.max(best, SentenceEmbedder.similarity(vector, statement));
			}
		}
		return best;
	}

	/**
	 * Whether a clause of the text turns its own action down: a negation before the
	 * clause's first content word ("I would never share", "we didn't report"). A negation
	 * later in the clause qualifies the action instead ("drops rows without checking").
	 */
	static boolean negated(List<Token> tokens) {
		int clause = -1;
		boolean beforeContent = true;
		for (Token token : tokens) {
			if (token.clause() != clause) {
				clause = token.clause();
				beforeContent = true;
			}
			if (token.negation() && beforeContent) {
				return true;
			}
			if (token.isContent()) {
				beforeContent = false;
			}
		}
		return false;
	}

	private record Unit(int start, int end, float[] vector, boolean negated) {

	}

}
