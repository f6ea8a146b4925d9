package io.readyroom.endtoend;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.readyroom.endtoend.GrafanaDashboard.Query;
import io.readyroom.endtoend.PromQlSelectors.LabelMatcher;
import io.readyroom.endtoend.PromQlSelectors.Selector;

/**
 * What the dashboards ask Prometheus for that no service exports: a metric name no
 * service writes, a label its series do not carry, or a metric a dashboard reads from a
 * service ({@code application="..."}) that this service does not write. Other label
 * values are not compared: a failed send or a 5xx status are series that exist only once
 * something went wrong, and a dashboard must be ready for them before.
 */
final class UnexportedQueries {

	/** The tag every meter carries, which tells the services apart. */
	static final String SERVICE_LABEL = "application";

	/** Labels Prometheus itself attaches to every series it scrapes. */
	private static final Set<String> SCRAPE_LABELS = Set.of("job", "instance", "__name__");

	private UnexportedQueries() {
	}

	/**
	 * @param exported every series the running services export, from all of them
	 * @return one line per selector that finds nothing; empty when every query is served
	 */
	static List<String> of(List<GrafanaDashboard> dashboards, List<ExportedSeries> exported) {
		return in(dashboards.stream().flatMap((dashboard) -> dashboard.queries().stream()).toList(), exported);
	}

	/**
	 * @param exported every series the running services export, from all of them
	 * @return one line per selector that finds nothing; empty when every query is served
	 */
	static List<String> in(List<Query> queries, List<ExportedSeries> exported) {
		Set<String> problems = new LinkedHashSet<>();
		for (Query query : queries) {
			List<Selector> selectors = query.selectors();
			if (selectors.isEmpty()) {
				problems.add(query.where() + " reads no metric: " + query.expression());
			}
			selectors.forEach((selector) -> check(query, selector, exported, problems));
		}
		return List.copyOf(problems);
	}

	private static void check(Query query, Selector selector, List<ExportedSeries> exported, Set<String> problems) {
		List<ExportedSeries> series = exported.stream()
			.filter((candidate) -> candidate.name().equals(selector.metric()))
			.filter((candidate) -> fromTheNamedService(candidate, selector))
			.toList();
		if (series.isEmpty()) {
			problems.add(query.where() + ": no service exports " + selector);
			return;
		}
		Stream.concat(selector.matchers().stream().map(LabelMatcher::label), query.labels().stream())
			.filter((label) -> !SCRAPE_LABELS.contains(label))
			.filter((label) -> series.stream().noneMatch((candidate) -> candidate.labels().containsKey(label)))
			.forEach((label) -> problems
				.add(query.where() + ": " + selector.metric() + " has no label '" + label + "' in " + series.get(0)));
	}

	private static boolean fromTheNamedService(ExportedSeries candidate, Selector selector) {
		return selector.matchers()
			.stream()
			.filter((matcher) -> matcher.label().equals(SERVICE_LABEL) && matcher.isLiteralEquality())
			.allMatch((matcher) -> matcher.value().equals(candidate.labels().get(SERVICE_LABEL)));
	}

}
