package io.readyroom.analytics.export;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void quotesFieldsWithSeparatorsQuotesAndLineBreaksAsRfc4180Says() {
		assertThat(csv(List.of("a,b", "say \"hi\"", "two\nlines", "plain")))
			.isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
		assertThat(csv(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "fine")))
			.isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,fine\r\n");
	}

	@Test
	void writesNumbersAsNumbersAndNullAsEmpty() {
		assertThat(csv(Arrays.asList(-3.5, 42, null, true))).isEqualTo("-3.5,42,,true\r\n");
	}

	private static String csv(List<?> fields) {
		StringWriter out = new StringWriter();
		new CsvWriter(out).row(fields);
		return out.toString();
	}

}
