package io.readyroom.scoring.engine.text;

/**
 * Porter's (1980) suffix-stripping stemmer: "verifying", "verified" and "verifies" all
 * become "verifi". Deterministic and dependency-free.
 */
final class Stemmer {

	private final char[] b;

	private int k;

	private int j;

	private Stemmer(String word) {
		this.b = word.toCharArray();
		this.k = this.b.length - 1;
	}

	static String stem(String word) {
		if (word.length() <= 2) {
			return word;
		}
		Stemmer stemmer = new Stemmer(word);
		stemmer.step1ab();
		if (stemmer.k > 0) {
			stemmer.step1c();
			stemmer.step2();
			stemmer.step3();
			stemmer.step4();
			stemmer.step5();
		}
		return new String(stemmer.b, 0, stemmer.k + 1);
	}

	private boolean cons(int i) {
		switch (this.b[i]) {
			case 'a', 'e', 'i', 'o', 'u':
				return false;
			case 'y':
				return i == 0 || !cons(i - 1);
			default:
				return true;
		}
	}

	/** The number of vowel-consonant sequences between 0 and j. */
	private int m() {
		int n = 0;
		int i = 0;
		while (true) {
			if (i > this.j) {
				return n;
			}
			if (!cons(i)) {
				break;
			}
			i++;
		}
		i++;
		while (true) {
			while (true) {
				if (i > this.j) {
					return n;
				}
				if (cons(i)) {
					break;
				}
				i++;
			}
			i++;
			n++;
			while (true) {
				if (i > this.j) {
					return n;
				}
				if (!cons(i)) {
					break;
				}
				i++;
			}
			i++;
		}
	}

	private boolean vowelInStem() {
		for (int i = 0; i <= this.j; i++) {
			if (!cons(i)) {
				return true;
			}
		}
		return false;
	}

	private boolean doublec(int i) {
		return i >= 1 && this.b[i] == this.b[i - 1] && cons(i);
	}

	private boolean cvc(int i) {
		if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
			return false;
		}
		char ch = this.b[i];
		return ch != 'w' && ch != 'x' && ch != 'y';
	}

	private boolean ends(String s) {
		int length = s.length();
		int offset = this.k - length + 1;
		if (offset < 0) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (this.b[offset + i] != s.charAt(i)) {
				return false;
			}
		}
		this.j = this.k - length;
		return true;
	}

	private void setTo(String s) {
		int length = s.length();
		int offset = this.j + 1;
		for (int i = 0; i < length; i++) {
			this.b[offset + i] = s.charAt(i);
		}
		this.k = this.j + length;
	}

	private void r(String s) {
		if (m() > 0) {
			setTo(s);
		}
	}

	private void step1ab() {
		if (this.b[this.k] == 's') {
			if (ends("sses")) {
				this.k -= 2;
			}
			else if (ends("ies")) {
				setTo("i");
			}
			else if (this.b[this.k - 1] != 's') {
				this.k--;
			}
		}
		if (ends("eed")) {
			if (m() > 0) {
				this.k--;
			}
		}
		else if ((ends("ed") || ends("ing")) && vowelInStem()) {
			this.k = this.j;
			if (ends("at")) {
				setTo("ate");
			}
			else if (ends("bl")) {
				setTo("ble");
			}
			else if (ends("iz")) {
				setTo("ize");
			}
			else if (doublec(this.k)) {
				this.k--;
				char ch = this.b[this.k];
				if (ch == 'l' || ch == 's' || ch == 'z') {
					this.k++;
				}
			}
			else if (m() == 1 && cvc(this.k)) {
				this.j = this.k;
				setTo("e");
			}
		}
	}

	private void step1c() {
		if (ends("y") && vowelInStem()) {
			this.b[this.k] = 'i';
		}
	}

	private static final String[][] STEP2 = { { "ational", "ate" }, { "tional", "tion" }, { "enci", "ence" },
			{ "anci", "ance" }, { "izer", "ize" }, { "bli", "ble" }, { "alli", "al" }, { "entli", "ent" },
			{ "eli", "e" }, { "ousli", "ous" }, { "ization", "ize" }, { "ation", "ate" }, { "ator", "ate" },
			{ "alism", "al" }, { "iveness", "ive" }, { "fulness", "ful" }, { "ousness", "ous" }, { "aliti", "al" },
			{ "iviti", "ive" }, { "biliti", "ble" }, { "logi", "log" } };

	private static final String[][] STEP3 = { { "icate", "ic" }, { "ative", "" }, { "alize", "al" }, { "iciti", "ic" },
			{ "ical", "ic" }, { "ful", "" }, { "ness", "" } };

	private static final String[] STEP4 = { "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
			"ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize" };

	private void step2() {
		replaceFirstEnding(STEP2);
	}

	private void step3() {
		replaceFirstEnding(STEP3);
	}

	private void replaceFirstEnding(String[][] rules) {
		for (String[] rule : rules) {
			if (ends(rule[0])) {
				r(rule[1]);
				return;
			}
		}
	}

	private void step4() {
		for (String suffix : STEP4) {
			if (ends(suffix)) {
				if (suffix.equals("ion") && !(this.j >= 0 && (this.b[this.j] == 's' || this.b[this.j] == 't'))) {
					continue;
				}
				if (m() > 1) {
					this.k = this.j;
				}
				return;
			}
		}
	}

	private void step5() {
		this.j = this.k;
		if (this.b[this.k] == 'e') {
			int a = m();
			if (a > 1 || a == 1 && !cvc(this.k - 1)) {
				this.k--;
			}
		}
		if (this.b[this.k] == 'l' && doublec(this.k) && m() > 1) {
			this.k--;
		}
	}

}
