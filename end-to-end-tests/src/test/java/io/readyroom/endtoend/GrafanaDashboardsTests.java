package io.readyroom.endtoend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.readyroom.endtoend.GrafanaDashboard.Query;
import io.readyroom.endtoend.PromQlSelectors.LabelMatcher;
import io.readyroom.endtoend.PromQlSelectors.Selector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The Grafana dashboards of docker-compose.yml as files: valid, each on the provisioned
 * Prometheus, each query readable; and the pieces that check them against the services'
 * metrics in {@code ThinFlowAcrossServicesIT}, which must find what is missing.
 */
class GrafanaDashboardsTests {

	private static final Path PROJECT = BuiltProject.directory();

	@Test
	void thereIsAPipelineOverviewAndOneDashboardPerService() {
		assertThat(GrafanaDashboard.in(PROJECT)).extracting(GrafanaDashboard::file)
			.containsExactlyInAnyOrder("pipeline-overview.json", "session-service.json", "scoring-service.json",
					"analytics-service.json");
	}

	@Test
	void everyDashboardHasItsOwnUidAndTitle() {
		List<GrafanaDashboard> dashboards = GrafanaDashboard.in(PROJECT);

		assertThat(dashboards).extracting((dashboard) -> dashboard.json().path("uid").asString())
			.doesNotHaveDuplicates()
			.allMatch((uid) -> !uid.isBlank() && uid.length() <= 40);
		assertThat(dashboards).extracting(GrafanaDashboard::title).doesNotHaveDuplicates().noneMatch(String::isBlank);
	}

	@Test
	void everyPanelQueryAndVariableUsesTheProvisionedPrometheus() {
		String uid = GrafanaDashboard.provisionedDatasourceUid(PROJECT);

		assertThat(uid).isNotBlank();
		for (GrafanaDashboard dashboard : GrafanaDashboard.in(PROJECT)) {
			assertThat(dashboard.panels()).as(dashboard.file()).isNotEmpty();
			assertThat(dashboard.datasourcesOtherThan(uid)).as(dashboard.file()).isEmpty();
		}
	}

	@Test
	void everyQueryReadsAtLeastOneMetric() {
		for (GrafanaDashboard dashboard : GrafanaDashboard.in(PROJECT)) {
			for (Query query : dashboard.queries()) {
				assertThat(query.selectors()).as(query.where() + ": " + query.expression()).isNotEmpty();
			}
		}
	}

	@Test
	void findsTheBucketsAHistogramQuantileReads() {
		List<Selector> selectors = PromQlSelectors
			.in("histogram_quantile(0.95, sum by (le) (rate(readyroom_answer_latency_seconds_bucket{stage=\"dashboard\"}[5m])))");

		assertThat(selectors).containsExactly(new Selector("readyroom_answer_latency_seconds_bucket",
				List.of(new LabelMatcher("stage", "=", "dashboard"))));
	}

	@Test
	void passesOverFunctionsAggregationsGroupingLabelsAndGrafanaVariables() {
		List<Selector> selectors = PromQlSelectors.in("""
				sum without (instance) (increase(readyroom_events_dead_lettered_total{application=~"$application", \
				instance=~"${instance}"}[$__rate_interval] offset 1m)) / on (application) group_left (topic) \
				max(process_uptime_seconds) > bool 0 or vector(0)""");

		assertThat(selectors).extracting(Selector::metric)
			.containsExactly("readyroom_events_dead_lettered_total", "process_uptime_seconds");
		assertThat(selectors.get(0).matchers()).containsExactly(new LabelMatcher("application", "=~", "$application"),
				new LabelMatcher("instance", "=~", "${instance}"));
		assertThat(selectors.get(0).matchers().get(0).isLiteralEquality()).isFalse();
	}

	@Test
	void readsASelectorThatNamesItsMetricAsALabel() {
		assertThat(PromQlSelectors.in("{__name__=\"http_server_requests_seconds_count\", status=~\"5..\"}"))
			.extracting(Selector::metric)
			.containsExactly("http_server_requests_seconds_count");
	}

	@Test
	void refusesWhatIsNotPromQl() {
		assertThatIllegalArgumentException().isThrownBy(() -> PromQlSelectors.in("rate(x{stage=dashboard}[5m])"))
			.withMessageContaining("label=\"value\"");
		assertThatIllegalArgumentException().isThrownBy(() -> PromQlSelectors.in("rate(x[5m]"))
			.withMessageContaining("Unbalanced");
		assertThatIllegalArgumentException().isThrownBy(() -> PromQlSelectors.in("sum(x) # y"))
			.withMessageContaining("Not PromQL");
	}

	@Test
	void readsSeriesAndTheirLabelsFromAScrape() {
		List<ExportedSeries> series = ExportedSeries.parse("""
				# HELP readyroom_answers_total Answers that reached this stage of the pipeline
				# TYPE readyroom_answers_total counter
				readyroom_answers_total{application="scoring-service",stage="scored",} 3.0
				http_server_requests_seconds_count{application="session-service",uri="/api/a\\"b"} 1.0
				process_uptime_seconds 12.5
				""");

		assertThat(series).containsExactly(
				new ExportedSeries("readyroom_answers_total",
						Map.of("application", "scoring-service", "stage", "scored")),
				new ExportedSeries("http_server_requests_seconds_count",
						Map.of("application", "session-service", "uri", "/api/a\"b")),
				new ExportedSeries("process_uptime_seconds", Map.of()));
	}

	@Test
	void reportsAMetricNoServiceExports() {
		List<String> problems = UnexportedQueries.in(queries("sum(rate(readyroom_answer_total[$__rate_interval]))",
				"sum(rate(readyroom_answers_total[5m]))"), exported());

		assertThat(problems).singleElement().asString().contains("readyroom_answer_total");
	}

	@Test
	void reportsALabelTheMetricDoesNotCarry() {
		List<String> problems = UnexportedQueries
			.in(queries("readyroom_answers_total{stag=\"scored\", instance=~\"$instance\"}"), exported());

		assertThat(problems).singleElement().asString().contains("no label 'stag'");
	}

	@Test
	void reportsAMetricReadFromAServiceThatDoesNotExportIt() {
		List<String> problems = UnexportedQueries.in(queries("readyroom_answers_total{application=\"session-service\"}",
				"readyroom_answers_total{application=\"scoring-service\"}",
				"readyroom_answers_total{application=~\"$application\"}"), exported());

		assertThat(problems).singleElement().asString().contains("application=\"session-service\"");
	}

	@Test
	void checksTheLabelAVariableListsToo() {
		Query variable = new Query("variable", "process_uptime_seconds", Set.of("application"));

		assertThat(UnexportedQueries.in(List.of(variable), exported())).singleElement()
			.asString()
			.contains("no label 'application'");
	}

	private static List<Query> queries(String... expressions) {
		return Stream.of(expressions).map((expression) -> new Query("panel", expression, Set.of())).toList();
	}

	private static List<ExportedSeries> exported() {
		return List.of(
				new ExportedSeries("readyroom_answers_total",
						Map.of("application", "scoring-service", "stage", "scored")),
				new ExportedSeries("process_uptime_seconds", Map.of()));
	}

}
