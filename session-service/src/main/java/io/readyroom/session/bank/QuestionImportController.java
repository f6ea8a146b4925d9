package io.readyroom.session.bank;

import java.util.List;

import io.readyroom.bank.BankFileReader;
import io.readyroom.bank.BankFormat;
import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.InvalidBankException;
import io.readyroom.session.practice.Ids;
import io.readyroom.support.security.Caller;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program brings its own questions as a YAML or JSON bank file, imported by its
 * director or an admin. The whole file is checked first; with any problem nothing is
 * imported and every problem is listed, each naming the question and field. Re-importing
 * a changed question gives it a new version.
 */
@RestController
@Validated
class QuestionImportController {

	/** Room for a few hundred questions; anything larger is a mistake or abuse. */
	static final int MAX_FILE_BYTES = 1_000_000;

	/**
	 * Several times a program's own set (the shared bank has 72), and few enough that one
	 * import's look-ups and single batch to Kafka stay quick.
	 */
	static final int MAX_QUESTIONS = 200;

	private final BankFileReader reader;

	private final QuestionCatalog catalog;

	QuestionImportController(BankFileReader reader, QuestionCatalog catalog) {
		this.reader = reader;
		this.catalog = catalog;
	}

	@PostMapping(path = "/api/programs/{programId}/questions")
	List<VersionOutcome> importQuestions(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody byte[] file, Caller caller) {
		if (!caller.managesProgram(programId)) {
			throw BankProblems.importRefused(programId);
		}
		if (file.length > MAX_FILE_BYTES) {
			throw BankProblems.fileTooLarge(file.length, MAX_FILE_BYTES);
		}
		List<BankQuestion> questions = read(file, contentType);
		if (questions.size() > MAX_QUESTIONS) {
			throw BankProblems.tooManyQuestions(questions.size(), MAX_QUESTIONS);
		}
		return this.catalog.record(questions, programId);
	}

	private List<BankQuestion> read(byte[] file, String contentType) {
		try {
			return this.reader.read("upload", file, formatOf(contentType), false);
		}
		catch (InvalidBankException ex) {
			throw BankProblems.invalidQuestions(ex.problems());
		}
	}

	private static BankFormat formatOf(String contentType) {
		MediaType type = MediaType.parseMediaType(contentType);
		if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
			return BankFormat.JSON;
		}
		if (type.getSubtype().endsWith("yaml")) {
			return BankFormat.YAML;
		}
		throw BankProblems.unsupportedFormat(contentType);
	}

}
