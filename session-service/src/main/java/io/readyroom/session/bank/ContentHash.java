package io.readyroom.session.bank;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.readyroom.session.bank.QuestionVersion.QuestionContent;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fingerprint of a question's content, so an unchanged question is recognised as such.
 */
final class ContentHash {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ContentHash() {
	}

	static String of(QuestionContent content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(content));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
