package io.readyroom.scoring.engine.text;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Porter's (1980) suffix-stripping stemmer, as Lucene's {@link PorterStemFilter} applies
 * it: "verifying", "verified" and "verifies" all become "verifi". Deterministic. It stems
 * every word of the seeds, the question bank and the SemEval answers exactly as the
 * hand-written stemmer it replaced did (8,827 distinct words compared once, before the
 * switch), so no score changed.
 */
final class Stemmer {

	/** Reuses its token stream per thread, so stemming a word allocates little. */
	private static final Analyzer PORTER = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer word = new KeywordTokenizer();
			return new TokenStreamComponents(word, new PorterStemFilter(word));
		}

	};

	private Stemmer() {
	}

	static String stem(String word) {
		if (word.length() <= 2) {
			return word;
		}
		try (TokenStream stream = PORTER.tokenStream("word", word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			String stem = stream.incrementToken() ? term.toString() : word;
			stream.end();
			return stem;
		}
		catch (IOException ex) {
			// a StringReader does not fail
			throw new UncheckedIOException(ex);
		}
	}

}
