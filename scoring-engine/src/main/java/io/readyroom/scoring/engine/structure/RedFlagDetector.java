package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.RedFlag;
import io.readyroom.scoring.engine.criteria.Phrase;
import io.readyroom.scoring.engine.criteria.PhraseMatch;
import io.readyroom.scoring.engine.criteria.PhraseMatcher;
import io.readyroom.scoring.engine.text.AnalyzedText;

/**
 * Raises a red flag only on a complete, same-polarity phrase match: "I would never share
 * my password" does not raise "shares passwords". Meaning alone never raises one, because
 * embeddings cannot tell a warning against a practice from the practice itself.
 */
public final class RedFlagDetector {

	private final PhraseMatcher matcher;

	public RedFlagDetector(PhraseMatcher matcher) {
		this.matcher = matcher;
	}

	/**
	 * @param phrases compiled expressions per red flag, indexed like {@code redFlags}
	 */
	public List<RedFlagHit> detect(AnalyzedText answer, List<RedFlag> redFlags, List<List<Phrase>> phrases) {
		List<RedFlagHit> hits = new ArrayList<>();
		for (int i = 0; i < redFlags.size(); i++) {
			for (Phrase phrase : phrases.get(i)) {
				PhraseMatch match = this.matcher.bestMatch(answer, phrase);
				if (match.isComplete()) {
					RedFlag flag = redFlags.get(i);
					hits.add(new RedFlagHit(flag.id(), flag.description(),
							answer.text().substring(match.start(), match.end()), match.start(), match.end()));
					break;
				}
			}
		}
		return hits;
	}

}
