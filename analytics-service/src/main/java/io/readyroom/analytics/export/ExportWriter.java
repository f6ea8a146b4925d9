package io.readyroom.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export's records either as CSV rows under a header or as one JSON array, each
 * record as it comes.
 */
final class ExportWriter implements AutoCloseable {

	private final Writer out;

	private final JsonMapper json;

	private final CsvWriter csv;

	private boolean first = true;

	private ExportWriter(OutputStream out, JsonMapper json, List<String> header) {
		this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.json = json;
		this.csv = (json == null) ? new CsvWriter(this.out) : null;
		if (this.csv != null) {
			this.csv.row(header);
		}
		else {
			write("[");
		}
	}

	static ExportWriter csv(OutputStream out, List<String> header) {
		return new ExportWriter(out, null, header);
	}

	static ExportWriter json(OutputStream out, JsonMapper json) {
		return new ExportWriter(out, json, List.of());
	}

	boolean isCsv() {
		return this.csv != null;
	}

	void csvRow(List<?> fields) {
		this.csv.row(fields);
	}

	void jsonRecord(Object record) {
		write(this.first ? "\n" : ",\n");
		this.first = false;
		write(this.json.writeValueAsString(record));
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (this.csv == null) {
			write("\n]\n");
		}
		this.out.flush();
	}

}
