package io.readyroom.session.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The questions learners are asked, read once from {@code bank/starter-bank.json}. A
 * question id with a newer version in the file replaces the older one for new sessions;
 * answers keep the version they were asked with.
 */
@Component
public class QuestionBank {

	private static final String BANK_FILE = "bank/starter-bank.json";

	private final List<BankQuestion> questions;

	QuestionBank(JsonMapper json) {
		this.questions = read(json).questions();
	}

	public List<BankQuestion> forRoleTrack(String roleTrack) {
		return this.questions.stream().filter((question) -> question.belongsTo(roleTrack)).toList();
	}

	public Optional<BankQuestion> find(String questionId, int version) {
		return this.questions.stream()
			.filter((question) -> question.id().equals(questionId) && question.version() == version)
			.findFirst();
	}

	public Set<String> roleTracks() {
		Set<String> tracks = new TreeSet<>();
		this.questions.forEach((question) -> tracks.addAll(question.roleTracks()));
		return tracks;
	}

	List<BankQuestion> all() {
		return this.questions;
	}

	private static BankFile read(JsonMapper json) {
		try (InputStream file = new ClassPathResource(BANK_FILE).getInputStream()) {
			return json.readValue(file, BankFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the question bank " + BANK_FILE, ex);
		}
	}

	record BankFile(int bankVersion, List<BankQuestion> questions) {
	}

}
