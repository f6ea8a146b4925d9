package io.readyroom.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A dashboard of {@code deploy/grafana/dashboards}, as Grafana's file provisioning loads
 * it: its panels' and variables' Prometheus queries and the datasources they name.
 *
 * @param file the dashboard's file name
 * @param json the dashboard
 */
record GrafanaDashboard(String file, JsonNode json) {

	/** Where docker-compose.yml mounts Grafana's provisioning and dashboards from. */
	static final Path GRAFANA = Path.of("deploy", "grafana");

	private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((?:(.+),)?\\s*(\\w+)\\s*\\)");

	/**
	 * @param projectRoot the directory holding docker-compose.yml
	 * @return every dashboard file, read as JSON
	 * @throws IllegalArgumentException naming the file that is not valid JSON
	 */
	static List<GrafanaDashboard> in(Path projectRoot) {
		JsonMapper json = JsonMapper.builder().build();
		try (Stream<Path> files = Files.list(projectRoot.resolve(GRAFANA).resolve("dashboards"))) {
			return files.filter((file) -> file.toString().endsWith(".json")).sorted().map((file) -> {
				try {
					return new GrafanaDashboard(file.getFileName().toString(), json.readTree(file.toFile()));
				}
				catch (JacksonException ex) {
					throw new IllegalArgumentException(file + " is not valid JSON: " + ex.getOriginalMessage(), ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param projectRoot the directory holding docker-compose.yml
	 * @return the uid of the Prometheus datasource Grafana is provisioned with
	 */
	static String provisionedDatasourceUid(Path projectRoot) {
		Path file = projectRoot.resolve(GRAFANA).resolve(Path.of("provisioning", "datasources", "prometheus.yml"));
		JsonNode datasources = YAMLMapper.builder().build().readTree(file.toFile()).path("datasources");
		if (datasources.size() != 1 || !datasources.get(0).path("type").asString().equals("prometheus")) {
			throw new IllegalStateException(file + " should provision exactly one Prometheus datasource");
		}
		return datasources.get(0).path("uid").asString();
	}

	String title() {
		return this.json.path("title").asString();
	}

	/**
	 * Every Prometheus query: each panel target's {@code expr} (also in rows) and each
	 * query variable's {@code label_values(...)}, whose label must exist on its metric
	 * too.
	 */
	List<Query> queries() {
		List<Query> queries = new ArrayList<>();
		for (JsonNode panel : panels()) {
			for (JsonNode target : panel.path("targets")) {
				queries.add(new Query(where(panel), target.path("expr").asString(), Set.of()));
			}
		}
		for (JsonNode variable : this.json.path("templating").path("list")) {
			if (variable.path("type").asString().equals("query")) {
				queries.add(variableQuery(variable));
			}
		}
		return queries;
	}

	/**
	 * @return where a panel, one of its targets, or a query variable names no datasource
	 * or another than {@code uid}; empty when all name it
	 */
	List<String> datasourcesOtherThan(String uid) {
		List<String> wrong = new ArrayList<>();
		for (JsonNode panel : panels()) {
			checkDatasource(panel.path("datasource"), where(panel), uid, wrong);
			for (JsonNode target : panel.path("targets")) {
				checkDatasource(target.path("datasource"), where(panel) + " target " + target.path("refId").asString(),
						uid, wrong);
			}
		}
		for (JsonNode variable : this.json.path("templating").path("list")) {
			if (variable.path("type").asString().equals("query")) {
				checkDatasource(variable.path("datasource"),
						this.file + " variable " + variable.path("name").asString(), uid, wrong);
			}
		}
		return wrong;
	}

	/** The panels that show data: rows' panels included, the rows themselves left out. */
	List<JsonNode> panels() {
		List<JsonNode> panels = new ArrayList<>();
		for (JsonNode panel : this.json.path("panels")) {
			if (panel.path("type").asString().equals("row")) {
				panel.path("panels").forEach(panels::add);
			}
			else {
				panels.add(panel);
			}
		}
		return panels;
	}

	private Query variableQuery(JsonNode variable) {
		JsonNode query = variable.path("query");
		String text = query.isObject() ? query.path("query").asString() : query.asString();
		String where = this.file + " variable " + variable.path("name").asString();
		Matcher labelValues = LABEL_VALUES.matcher(text.strip());
		if (!labelValues.matches() || labelValues.group(1) == null) {
			throw new IllegalArgumentException(where + ": expected label_values(<selector>, <label>), found " + text);
		}
		return new Query(where, labelValues.group(1), Set.of(labelValues.group(2)));
	}

	private String where(JsonNode panel) {
		return this.file + " panel \"" + panel.path("title").asString() + "\"";
	}

	private static void checkDatasource(JsonNode datasource, String where, String uid, List<String> wrong) {
		if (!datasource.path("type").asString().equals("prometheus")
				|| !datasource.path("uid").asString().equals(uid)) {
			wrong.add(where + " names datasource " + datasource);
		}
	}

	/**
	 * @param where the dashboard and panel or variable that asks it
	 * @param expression the PromQL, Grafana variables unexpanded
	 * @param labels labels the query reads besides those of its matchers (a variable's)
	 */
	record Query(String where, String expression, Set<String> labels) {

		List<PromQlSelectors.Selector> selectors() {
			try {
				return PromQlSelectors.in(this.expression);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(this.where + ": " + ex.getMessage(), ex);
			}
		}

	}

}
