package io.readyroom.analytics;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a write again when it conflicted with another writer's: the insert of a document
 * another writer inserted first, as two first upserts of one id may meet
 * ({@link DuplicateKeyException}), or a versioned save of a document saved by another
 * since it was read ({@link OptimisticLockingFailureException}); an attempt that reads
 * must read afresh. Bounded, so a document written without pause by others fails the
 * caller instead of spinning.
 */
public final class ConflictRetry {

	static final int ATTEMPTS = 16;

	private ConflictRetry() {
	}

	/**
	 * @param write the write, with whatever it reads first
	 * @return what the successful attempt returned
	 * @throws OptimisticLockingFailureException, DuplicateKeyException when every attempt
	 * conflicted
	 */
	public static <T> T retried(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
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
			throw new IllegalStateException("Interrupted between attempts of a write", ex);
		}
	}

	public static void retried(Runnable write) {
		retried(() -> {
			write.run();
			return null;
		});
	}

}
