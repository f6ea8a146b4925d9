package io.readyroom.analytics;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a read-modify-save again when another writer saved the same document between its
 * read and its save: a versioned save then fails
 * ({@link OptimisticLockingFailureException}), as does the insert of a document another
 * writer inserted first ({@link DuplicateKeyException}). Each attempt reads the document
 * afresh. Bounded, so a document written without pause by others fails the caller instead
 * of spinning.
 */
public final class ConflictRetry {

	static final int ATTEMPTS = 16;

	private ConflictRetry() {
	}

	/**
	 * @param readModifySave reads the document, changes it and saves it
	 * @return what the successful attempt returned
	 * @throws OptimisticLockingFailureException, DuplicateKeyException when every attempt
	 * conflicted
	 */
	public static <T> T retried(Supplier<T> readModifySave) {
		for (int attempt = 1;; attempt++) {
			try {
				return readModifySave.get();
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				pauseBefore(attempt + 1);
			}
		}
	}

	/**
	 * A random pause growing with the attempts, so that writers who conflicted once do
	 * not meet again at once.
	 */
	private static void pauseBefore(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1L << Math.min(attempt, 6)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted between attempts of a read-modify-save", ex);
		}
	}

	public static void retried(Runnable readModifySave) {
		retried(() -> {
			readModifySave.run();
			return null;
		});
	}

}
