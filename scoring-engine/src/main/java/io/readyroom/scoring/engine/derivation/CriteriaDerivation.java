package io.readyroom.scoring.engine.derivation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;
import io.readyroom.scoring.engine.text.TextAnalyzer;
import io.readyroom.scoring.engine.text.Token;

/**
 * Derives a free-structure rubric from a model answer. Each key point, or else each
 * model-answer sentence with at least two content words, becomes one criterion of weight
 * 1 (at most seven, keeping the richest). Its expressions are its content words as a
 * whole and its runs of adjacent content words; its exemplar is the unit itself. The
 * description, used in hints, names the unit's topic in words the question already uses,
 * so a hint does not give the model answer away.
 */
public final class CriteriaDerivation {

	private static final int MAX_CRITERIA = 7;

	private static final int MIN_CONTENT_WORDS = 2;

	private static final int CHUNK = 3;

	private static final int TOPIC_TERMS = 3;

	private final TextAnalyzer analyzer;

	public CriteriaDerivation(TextAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	public Rubric derive(String questionText, String modelAnswer, List<String> keyPoints) {
		boolean fromKeyPoints = !keyPoints.isEmpty();
		List<String> units = fromKeyPoints ? keyPoints : sentencesOf(modelAnswer);
		List<String> kept = richest(units);
		Set<String> questionConcepts = this.analyzer.analyze(questionText)
			.contentTokens()
			.stream()
			.map(Token::concept)
			.collect(Collectors.toSet());
		List<RubricCriterion> criteria = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			String unit = kept.get(i);
			AnalyzedText analyzed = this.analyzer.analyze(unit);
			List<Token> content = analyzed.contentTokens();
			String description = fromKeyPoints ? unit : describe(content, questionConcepts);
			criteria.add(new RubricCriterion("key-point-" + (i + 1), description, 1.0,
					expressions(unit, content, isNegative(analyzed)), List.of(unit)));
		}
		return new Rubric(RubricStructure.FREE, criteria, List.of());
	}

	private List<String> sentencesOf(String modelAnswer) {
		List<String> units = new ArrayList<>();
		AnalyzedText text = this.analyzer.analyze(modelAnswer);
		for (Sentence sentence : text.sentences()) {
			for (String part : sentence.text().split(";")) {
				if (!part.isBlank()) {
					units.add(part.trim());
				}
			}
		}
		return units.isEmpty() ? List.of(modelAnswer.trim()) : units;
	}

	private List<String> richest(List<String> units) {
		List<Integer> counts = units.stream().map((u) -> this.analyzer.analyze(u).contentTokens().size()).toList();
		List<Integer> eligible = IntStream.range(0, units.size())
			.filter((i) -> counts.get(i) >= MIN_CONTENT_WORDS)
			.boxed()
			.collect(Collectors.toCollection(ArrayList::new));
		if (eligible.isEmpty()) {
			return List.of(String.join(" ", units));
		}
		if (eligible.size() > MAX_CRITERIA) {
			eligible.sort(Comparator.comparing((Integer i) -> -counts.get(i)).thenComparing((i) -> i));
			eligible = new ArrayList<>(eligible.subList(0, MAX_CRITERIA));
			eligible.sort(Comparator.naturalOrder());
		}
		return eligible.stream().map(units::get).toList();
	}

	private static String describe(List<Token> content, Set<String> questionConcepts) {
		List<String> topic = content.stream()
			.filter((t) -> questionConcepts.contains(t.concept()))
			.map(Token::word)
			.distinct()
			.limit(TOPIC_TERMS)
			.toList();
		if (topic.isEmpty()) {
			topic = content.stream().map(Token::word).distinct().limit(1).toList();
		}
		return "Make the point about " + String.join(", ", topic);
	}

	/**
	 * "The bulb is not in a closed path" must keep its "not", or it would reward the
	 * opposite.
	 */
	private static boolean isNegative(AnalyzedText unit) {
		return unit.tokens().stream().filter(Token::negation).count() % 2 == 1;
	}

	private static List<String> expressions(String unit, List<Token> content, boolean negative) {
		Set<String> expressions = new LinkedHashSet<>();
		expressions
			.add(content.stream().map((t) -> unit.substring(t.start(), t.end())).collect(Collectors.joining(" ")));
		List<Token> run = new ArrayList<>();
		Token previous = null;
		for (Token token : content) {
			boolean adjacent = previous != null && onlySpaceBetween(unit, previous, token);
			if (!adjacent || run.size() == CHUNK) {
				addChunk(unit, run, expressions);
				run.clear();
			}
			run.add(token);
			previous = token;
		}
		addChunk(unit, run, expressions);
		return expressions.stream().map((e) -> negative ? "not " + e : e).toList();
	}

	private static boolean onlySpaceBetween(String unit, Token previous, Token token) {
		return unit.substring(previous.end(), token.start()).isBlank();
	}

	private static void addChunk(String unit, List<Token> run, Set<String> expressions) {
		if (run.size() >= 2) {
			expressions.add(unit.substring(run.get(0).start(), run.get(run.size() - 1).end()));
		}
	}

}
