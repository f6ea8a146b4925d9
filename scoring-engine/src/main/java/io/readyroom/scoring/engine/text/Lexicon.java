package io.readyroom.scoring.engine.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word knowledge the engine uses: function words, negation cues, words that open a
 * new clause, and synonym groups. A word's concept is its stem, folded onto the first
 * member of its synonym group, so "confirmed" and "verifies" meet on the same concept.
 */
public final class Lexicon {

	private static final Set<String> FUNCTION_WORDS = Set.of("a", "about", "above", "after", "again", "all", "also",
			"am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
			"both", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
			"further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'd",
			"i'm", "i've", "i'll", "if", "in", "into", "is", "it", "it's", "its", "itself", "just", "let", "me", "more",
			"most", "my", "myself", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over",
			"own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
			"then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
			"was", "we", "we'd", "we're", "we've", "were", "what", "when", "where", "which", "while", "who", "whom",
			"why", "will", "with", "would", "you", "your", "yours", "yourself", "may", "might", "must", "shall", "s",
			"t", "d", "ll", "re", "ve", "m", "one", "get", "got", "make", "sure", "really", "like", "well", "way",
			"thing", "things", "something", "however", "although", "though", "but", "yet", "since", "whether", "per");

	private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "without", "neither", "nor",
			"none", "nothing", "nobody", "refuse", "refused", "refuses", "avoid", "avoided", "avoids");

	/** Negation does not carry across these: "not only X but Y" asserts Y. */
	private static final Set<String> CLAUSE_OPENERS = Set.of("but", "however", "although", "though", "instead",
			"whereas", "yet", "because", "so", "then", "and");

	private static final List<List<String>> SYNONYM_GROUPS = List.of(
			List.of("verify", "confirm", "check", "validate", "authenticate", "double-check"),
			List.of("identity", "identification", "id"), List.of("notify", "inform", "alert", "tell"),
			List.of("report", "escalate", "flag"), List.of("physician", "doctor", "clinician", "provider"),
			List.of("fix", "resolve", "repair", "correct", "remediate"),
			List.of("error", "mistake", "discrepancy", "inaccuracy"), List.of("train", "educate", "teach", "coach"),
			List.of("review", "audit", "examine", "inspect"), List.of("secure", "protect", "safeguard"),
			List.of("share", "disclose", "release", "reveal"), List.of("delete", "remove", "destroy", "erase"),
			List.of("problem", "issue"), List.of("quick", "prompt", "immediate", "fast", "rapid"),
			List.of("ask", "request"), List.of("help", "assist", "support"), List.of("improve", "enhance"),
			List.of("reduce", "decrease", "lower", "cut", "shrink"), List.of("increase", "raise", "grow", "rise"),
			List.of("use", "utilize", "employ"), List.of("big", "large", "huge"), List.of("small", "little", "tiny"),
			List.of("record", "chart"), List.of("document", "log", "note"), List.of("patient", "client"),
			List.of("colleague", "coworker", "teammate"), List.of("manager", "supervisor", "lead"),
			List.of("priority", "prioritize", "triage"), List.of("test", "trial", "pilot"),
			List.of("connect", "attach", "link"), List.of("close", "complete", "closed"), List.of("evaporate", "dry"));

	private final Map<String, String> conceptOfStem;

	private Lexicon(Map<String, String> conceptOfStem) {
		this.conceptOfStem = Map.copyOf(conceptOfStem);
	}

	public static Lexicon standard() {
		Map<String, String> concepts = new HashMap<>();
		for (List<String> group : SYNONYM_GROUPS) {
			String concept = Stemmer.stem(group.get(0));
			for (String member : group) {
				concepts.putIfAbsent(Stemmer.stem(member), concept);
			}
		}
		return new Lexicon(concepts);
	}

	public String concept(String word) {
		String stem = Stemmer.stem(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
		return this.conceptOfStem.getOrDefault(stem, stem);
	}

	public boolean isFunctionWord(String word) {
		return FUNCTION_WORDS.contains(word);
	}

	public boolean isNegation(String word) {
		return NEGATIONS.contains(word) || word.endsWith("n't");
	}

	public boolean isClauseOpener(String word) {
		return CLAUSE_OPENERS.contains(word);
	}

}
