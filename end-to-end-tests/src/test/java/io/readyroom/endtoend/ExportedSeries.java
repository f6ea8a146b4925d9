package io.readyroom.endtoend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A series a service exports on {@code /actuator/prometheus}: its name as Prometheus
 * stores it (a histogram's {@code _bucket}, {@code _count} and {@code _sum}, a counter's
 * {@code _total}) and its labels.
 *
 * @param name the metric name
 * @param labels the labels the service wrote; Prometheus adds {@code job} and
 * {@code instance} when it scrapes
 */
record ExportedSeries(String name, Map<String, String> labels) {

	ExportedSeries {
		labels = Map.copyOf(labels);
	}

	/**
	 * Reads a scrape in Prometheus' text format (version 0.0.4, which
	 * {@code /actuator/prometheus} serves to a client that asks for {@code text/plain}).
	 * @throws IllegalArgumentException on a line that is not a sample, comment or blank
	 */
	static List<ExportedSeries> parse(String scrape) {
		List<ExportedSeries> series = new ArrayList<>();
		for (String line : scrape.split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				series.add(sample(line));
			}
		}
		return series;
	}

	private static ExportedSeries sample(String line) {
		int nameEnd = 0;
		while (nameEnd < line.length() && line.charAt(nameEnd) != '{' && line.charAt(nameEnd) != ' ') {
			nameEnd++;
		}
		if (nameEnd == 0 || nameEnd == line.length()) {
			throw new IllegalArgumentException("Not a sample line: " + line);
		}
		Map<String, String> labels = new LinkedHashMap<>();
		if (line.charAt(nameEnd) == '{') {
			readLabels(line, nameEnd + 1, labels);
		}
		return new ExportedSeries(line.substring(0, nameEnd), labels);
	}

	private static void readLabels(String line, int start, Map<String, String> labels) {
		int i = start;
		while (line.charAt(i) != '}') {
			int equals = line.indexOf("=\"", i);
			if (equals < 0) {
				throw new IllegalArgumentException("Not a label at " + i + ": " + line);
			}
			StringBuilder value = new StringBuilder();
			int j = equals + 2;
			for (; line.charAt(j) != '"'; j++) {
				if (line.charAt(j) == '\\') {
					j++;
					value.append((line.charAt(j) == 'n') ? '\n' : line.charAt(j));
				}
				else {
					value.append(line.charAt(j));
				}
			}
			labels.put(line.substring(i, equals).strip(), value.toString());
			i = j + 1;
			if (line.charAt(i) == ',') {
				i++;
			}
		}
	}

}
