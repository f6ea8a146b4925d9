package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The role tracks of the competency model the demo's learners can practise for: those
 * with questions, every one of which the demo has written answers to, in the model's
 * order. A session may draw any question of its track, and the learner answers the
 * question it draws.
 */
final class RoleTracks {

	private final ServiceClient sessions;

	private final QuestionBook book;

	private final DemoAnswers answers;

	RoleTracks(ServiceClient sessions, QuestionBook book, DemoAnswers answers) {
		this.sessions = sessions;
		this.book = book;
		this.answers = answers;
	}

	List<String> of(String token) {
		List<String> tracks = new ArrayList<>();
		this.sessions.get("/api/competency-model", token)
			.path("roleTracks")
			.forEach((track) -> tracks.add(track.path("id").asString("")));
		return tracks.stream().filter((track) -> !track.isEmpty() && answerable(track)).toList();
	}

	private boolean answerable(String roleTrack) {
		return !this.book.questionIds(roleTrack).isEmpty()
				&& this.book.questionIds(roleTrack).stream().allMatch(this.answers::covers);
	}

}
