package io.readyroom.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Finds the series selectors in a PromQL expression as a Grafana panel writes it: the
 * metric names it reads and the label matchers on them. Function and aggregation names,
 * grouping labels, numbers, durations, strings and Grafana variables
 * ({@code $application}, {@code $__rate_interval}) are not metrics and are passed over.
 * An expression it cannot read is refused rather than half read, so a typo cannot hide a
 * metric from the check.
 */
final class PromQlSelectors {

	private static final Pattern TOKEN = Pattern.compile(String.join("|", "\\s+",
			"(?<string>\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`)", "(?<variable>\\$\\{[^}]*}|\\$\\w+)",
			"(?<number>\\d[\\w.]*|\\.\\d[\\w.]*)", "(?<identifier>[A-Za-z_:][\\w:]*)",
			"(?<operator>=~|!~|!=|==|>=|<=|[-+*/%^<>=@])", "(?<punctuation>[{}()\\[\\],])"));

	/**
	 * Aggregation operators, which may come before their argument's parenthesis
	 * ({@code sum by (le) (...)}) and so are not always followed by one.
	 */
	private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
			"count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

	/** Keywords followed by a list of label names in parentheses. */
	private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right");

	private static final Set<String> OTHER_KEYWORDS = Set.of("bool", "and", "or", "unless", "offset", "atan2", "inf",
			"nan");

	private PromQlSelectors() {
	}

	/**
	 * @return every series selector of the expression, in the order written
	 * @throws IllegalArgumentException if the expression holds something PromQL does not
	 * or its brackets do not match
	 */
	static List<Selector> in(String expression) {
		List<Token> tokens = tokenize(expression);
		requireBalanced(tokens, expression);
		List<Selector> selectors = new ArrayList<>();
		int depthInRange = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.is("[")) {
				depthInRange++;
			}
			else if (token.is("]")) {
				depthInRange--;
			}
			else if (depthInRange > 0) {
				continue;
			}
			else if (token.kind() == Kind.IDENTIFIER && LABEL_LISTS.contains(token.text())) {
				i = skipLabelList(tokens, i + 1, expression);
			}
			else if (token.kind() == Kind.IDENTIFIER && isMetricName(tokens, i)) {
				List<LabelMatcher> matchers = new ArrayList<>();
				if (i + 1 < tokens.size() && tokens.get(i + 1).is("{")) {
					i = readMatchers(tokens, i + 2, matchers, expression);
				}
				selectors.add(new Selector(token.text(), matchers));
			}
			else if (token.is("{")) {
				List<LabelMatcher> matchers = new ArrayList<>();
				i = readMatchers(tokens, i + 1, matchers, expression);
				selectors.add(new Selector(nameFrom(matchers, expression), matchers));
			}
		}
		return selectors;
	}

	private static void requireBalanced(List<Token> tokens, String expression) {
		StringBuilder open = new StringBuilder();
		for (Token token : tokens) {
			if (token.kind() != Kind.PUNCTUATION || token.is(",")) {
				continue;
			}
			if ("([{".contains(token.text())) {
				open.append(token.text());
			}
			else if (open.isEmpty() || "([{".indexOf(open.charAt(open.length() - 1)) != ")]}".indexOf(token.text())) {
				throw new IllegalArgumentException("Unbalanced '" + token.text() + "' in: " + expression);
			}
			else {
				open.setLength(open.length() - 1);
			}
		}
		if (!open.isEmpty()) {
			throw new IllegalArgumentException("Unbalanced '" + open + "' in: " + expression);
		}
	}

	private static boolean isMetricName(List<Token> tokens, int index) {
		String word = tokens.get(index).text();
		boolean called = index + 1 < tokens.size() && tokens.get(index + 1).is("(");
		return !called && !AGGREGATIONS.contains(word) && !OTHER_KEYWORDS.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * @return the index of the list's closing parenthesis
	 */
	private static int skipLabelList(List<Token> tokens, int open, String expression) {
		if (open >= tokens.size() || !tokens.get(open).is("(")) {
			return open - 1;
		}
		for (int i = open + 1; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.is(")")) {
				return i;
			}
			if (token.kind() != Kind.IDENTIFIER && !token.is(",")) {
				throw new IllegalArgumentException("Expected label names after a grouping keyword, found '"
						+ token.text() + "' in: " + expression);
			}
		}
		throw new IllegalArgumentException("Unclosed label list in: " + expression);
	}

	/**
	 * @return the index of the closing brace
	 */
	private static int readMatchers(List<Token> tokens, int start, List<LabelMatcher> matchers, String expression) {
		int i = start;
		while (i < tokens.size() && !tokens.get(i).is("}")) {
			if (i + 2 >= tokens.size() || tokens.get(i).kind() != Kind.IDENTIFIER
					|| tokens.get(i + 1).kind() != Kind.OPERATOR || tokens.get(i + 2).kind() != Kind.STRING) {
				throw new IllegalArgumentException(
						"Expected label=\"value\" at '" + tokens.get(i).text() + "' in: " + expression);
			}
			String value = tokens.get(i + 2).text();
			matchers.add(new LabelMatcher(tokens.get(i).text(), tokens.get(i + 1).text(),
					value.substring(1, value.length() - 1)));
			i += 3;
			if (i < tokens.size() && tokens.get(i).is(",")) {
				i++;
			}
		}
		if (i >= tokens.size()) {
			throw new IllegalArgumentException("Unclosed { in: " + expression);
		}
		return i;
	}

	private static String nameFrom(List<LabelMatcher> matchers, String expression) {
		return matchers.stream()
			.filter((matcher) -> matcher.label().equals("__name__") && matcher.operator().equals("="))
			.map(LabelMatcher::value)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"A selector without a metric name (and no __name__=\"...\"): " + expression));
	}

	private static List<Token> tokenize(String expression) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(expression);
		int position = 0;
		while (position < expression.length()) {
			if (!matcher.find(position) || matcher.start() != position) {
				throw new IllegalArgumentException(
						"Not PromQL at '" + expression.substring(position) + "' in: " + expression);
			}
			Kind kind = Kind.of(matcher);
			if (kind != null) {
				tokens.add(new Token(kind, matcher.group()));
			}
			position = matcher.end();
		}
		return tokens;
	}

	/**
	 * @param metric the metric name as Prometheus stores it, e.g.
	 * {@code readyroom_answer_latency_seconds_bucket}
	 * @param matchers the label matchers in braces
	 */
	record Selector(String metric, List<LabelMatcher> matchers) {

		Selector {
			matchers = List.copyOf(matchers);
		}

		/** As PromQL writes it, e.g. {@code readyroom_answers_total{stage="scored"}}. */
		@Override
		public String toString() {
			return this.matchers.isEmpty() ? this.metric : this.metric
					+ this.matchers.stream().map(LabelMatcher::toString).collect(Collectors.joining(", ", "{", "}"));
		}

	}

	/**
	 * @param operator {@code =}, {@code !=}, {@code =~} or {@code !~}
	 * @param value the value as written, Grafana variables unexpanded
	 */
	record LabelMatcher(String label, String operator, String value) {

		/** Whether the value is written out, not a Grafana variable nor a pattern. */
		boolean isLiteralEquality() {
			return this.operator.equals("=") && !this.value.contains("$");
		}

		@Override
		public String toString() {
			return this.label + this.operator + "\"" + this.value + "\"";
		}

	}

	private enum Kind {

		STRING, VARIABLE, NUMBER, IDENTIFIER, OPERATOR, PUNCTUATION;

		static @Nullable Kind of(Matcher matcher) {
			for (Kind kind : values()) {
				if (matcher.group(kind.name().toLowerCase(Locale.ROOT)) != null) {
					return kind;
				}
			}
			return null;
		}

	}

	private record Token(Kind kind, String text) {

		boolean is(String punctuation) {
			return this.kind == Kind.PUNCTUATION && this.text.equals(punctuation);
		}

	}

}
