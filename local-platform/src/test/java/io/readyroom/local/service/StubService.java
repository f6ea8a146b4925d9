package io.readyroom.local.service;

import java.util.concurrent.CountDownLatch;

/**
 * Stands in for a service in process tests: {@code run} runs until stopped, {@code crash}
 * exits at once with a message, {@code stubborn} ignores the request to stop.
 */
public final class StubService {

	private StubService() {
	}

	public static void main(String[] args) throws InterruptedException {
		String behaviour = args[0];
		CountDownLatch never = new CountDownLatch(1);
		if (behaviour.equals("stubborn")) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitUninterruptibly(never)));
		}
		// printed only once the behaviour is in place, so tests can wait for it
		System.out.println("stub service starting as '" + behaviour + "'");
		if (behaviour.equals("crash")) {
			System.out.println("APPLICATION FAILED TO START: no broker at localhost:1");
			System.exit(3);
		}
		never.await();
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		while (true) {
			try {
				latch.await();
				return;
			}
			catch (InterruptedException ex) {
				// a stubborn service ignores interruption too
			}
		}
	}

}
