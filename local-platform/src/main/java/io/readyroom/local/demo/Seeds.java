package io.readyroom.local.demo;

/**
 * Seeds derived from names, so the same demo learner behaves the same in every run.
 * Mixed, because {@link java.util.Random}'s first draws from neighbouring seeds (as
 * {@code demo-learner-01} and {@code -02} would give) are alike.
 */
final class Seeds {

	private Seeds() {
	}

	static long of(String name) {
		long hash = 1125899906842597L;
		for (int i = 0; i < name.length(); i++) {
			hash = 31 * hash + name.charAt(i);
		}
		return mix(hash);
	}

	static long of(long seed, String name) {
		return mix(seed ^ of(name));
	}

	// SplitMix64's finalizer
	private static long mix(long value) {
		long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
