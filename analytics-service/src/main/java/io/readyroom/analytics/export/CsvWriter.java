package io.readyroom.analytics.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes
 * doubled, lines end in CRLF. A field a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading single quote, so an export
 * opened in Excel cannot execute what a learner typed; numbers are written as numbers and
 * are not touched.
 */
final class CsvWriter {

	private final Writer out;

	CsvWriter(Writer out) {
		this.out = out;
	}

	void row(List<?> fields) {
		try {
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(field(fields.get(i)));
			}
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = neutralised(value.toString());
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
