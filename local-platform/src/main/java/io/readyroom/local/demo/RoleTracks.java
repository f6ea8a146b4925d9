package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The role tracks of the competency model a learner can practise for: those the bank has
 * questions of, in the model's order.
 */
final class RoleTracks {

	private final ServiceClient sessions;

	private final QuestionBook book;

	RoleTracks(ServiceClient sessions, QuestionBook book) {
		this.sessions = sessions;
		this.book = book;
	}

	List<String> of(String token) {
		List<String> tracks = new ArrayList<>();
		this.sessions.get("/api/competency-model", token)
			.path("roleTracks")
			.forEach((track) -> tracks.add(track.path("id").asString("")));
		return tracks.stream().filter((track) -> !track.isEmpty() && !this.book.typeCounts(track).isEmpty()).toList();
	}

}
