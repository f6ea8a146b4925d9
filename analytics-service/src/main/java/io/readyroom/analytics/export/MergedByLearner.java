package io.readyroom.analytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Walks two cursors sorted by learner id side by side and hands over one learner's
 * records from both at a time, so only one learner's records are in memory.
 */
final class MergedByLearner {

	private MergedByLearner() {
	}

	static <A, S> void forEach(Iterator<A> answers, Function<A, String> answerLearner, Iterator<S> sessions,
			Function<S, String> sessionLearner, LearnerRecords<A, S> action) {
		Cursor<A> a = new Cursor<>(answers, answerLearner);
		Cursor<S> s = new Cursor<>(sessions, sessionLearner);
		while (a.head != null || s.head != null) {
			String learner = first(a.learner(), s.learner());
			action.accept(learner, a.take(learner), s.take(learner));
		}
	}

	/**
	 * The id that sorts first, by code point: the order in which MongoDB sorts strings
	 * (by their UTF-8 bytes).
	 */
	static String first(String a, String b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return (Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()) <= 0) ? a : b;
	}

	/** One learner's records from each cursor; either list may be empty. */
	@FunctionalInterface
	interface LearnerRecords<A, S> {

		void accept(String learnerId, List<A> answers, List<S> sessions);

	}

	private static final class Cursor<T> {

		private final Iterator<T> records;

		private final Function<T, String> learnerOf;

		private T head;

		Cursor(Iterator<T> records, Function<T, String> learnerOf) {
			this.records = records;
			this.learnerOf = learnerOf;
			advance();
		}

		String learner() {
			return (this.head != null) ? this.learnerOf.apply(this.head) : null;
		}

		List<T> take(String learner) {
			List<T> taken = new ArrayList<>();
			while (this.head != null && learner.equals(learner())) {
				taken.add(this.head);
				advance();
			}
			return taken;
		}

		private void advance() {
			this.head = this.records.hasNext() ? this.records.next() : null;
		}

	}

}
