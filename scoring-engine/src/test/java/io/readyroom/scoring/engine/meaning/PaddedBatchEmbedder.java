package io.readyroom.scoring.engine.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Evaluation only, never shipped: the bundled MiniLM run on several sentences per
 * inference, padded to the longest and mean-pooled under the attention mask, to measure
 * what batched inference would gain and how far its vectors drift from
 * {@link OnnxSentenceEmbedder}'s one-sentence runs. The tokens are made as langchain4j
 * makes them for one sentence (tokenize, rebuild the text, encode), and the session has
 * the same single thread. Sentences are batched in order of length, so padding stays
 * small.
 */
public final class PaddedBatchEmbedder implements SentenceEmbedder, AutoCloseable {

	private static final int MAX_TOKENS = 510;

	private final BundledModel bundled = BundledModel.MINILM_L6_Q;

	private final int batchSize;

	private final OrtEnvironment environment = OrtEnvironment.getEnvironment();

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final boolean typeIds;

	public PaddedBatchEmbedder(int batchSize) {
		this.batchSize = batchSize;
		try (InputStream model = getClass().getResourceAsStream(this.bundled.modelResource());
				InputStream tokenizer = getClass().getResourceAsStream(this.bundled.tokenizerResource())) {
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			this.session = this.environment.createSession(model.readAllBytes(), options);
			this.typeIds = this.session.getInputNames().contains("token_type_ids");
			this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public float[] embed(String sentence) {
		return embedAll(List.of(sentence)).get(0);
	}

	@Override
	public List<float[]> embedAll(List<String> sentences) {
		float[][] vectors = new float[sentences.size()][];
		List<Encoding> encodings = sentences.stream().map(this::encoding).toList();
		List<Integer> byLength = IntStream.range(0, sentences.size())
			.filter((i) -> encodings.get(i) != null)
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> encodings.get(i).getIds().length))
			.toList();
		for (int from = 0; from < byLength.size(); from += this.batchSize) {
			List<Integer> batch = byLength.subList(from, Math.min(from + this.batchSize, byLength.size()));
			List<float[]> pooled = run(batch.stream().map(encodings::get).toList());
			for (int k = 0; k < batch.size(); k++) {
				vectors[batch.get(k)] = pooled.get(k);
			}
		}
		for (int i = 0; i < vectors.length; i++) {
			if (vectors[i] == null) {
				String sentence = sentences.get(i);
				vectors[i] = sentence.isBlank() ? new float[this.bundled.dimension()]
						: OnnxSentenceEmbedder.shared().embed(sentence);
			}
		}
		return List.of(vectors);
	}

	/** The tokens langchain4j would run for this sentence alone; null if it would not. */
	private Encoding encoding(String sentence) {
		if (sentence.isBlank()) {
			return null;
		}
		List<String> tokens = this.tokenizer.tokenize(this.bundled.prefix() + sentence);
		List<String> inner = tokens.subList(1, tokens.size() - 1);
		if (inner.isEmpty() || inner.size() > MAX_TOKENS) {
			return null;
		}
		String rebuilt = this.tokenizer.buildSentence(inner);
		List<String> again = this.tokenizer.tokenize(rebuilt);
		String text = again.subList(1, again.size() - 1).equals(inner) ? rebuilt : String.join("", inner);
		return this.tokenizer.encode(text, true, false);
	}

	private List<float[]> run(List<Encoding> batch) {
		int length = batch.stream().mapToInt((encoding) -> encoding.getIds().length).max().orElseThrow();
		long[] ids = new long[batch.size() * length];
		long[] mask = new long[ids.length];
		long[] types = new long[ids.length];
		for (int row = 0; row < batch.size(); row++) {
			Encoding encoding = batch.get(row);
			System.arraycopy(encoding.getIds(), 0, ids, row * length, encoding.getIds().length);
			System.arraycopy(encoding.getAttentionMask(), 0, mask, row * length, encoding.getIds().length);
			System.arraycopy(encoding.getTypeIds(), 0, types, row * length, encoding.getIds().length);
		}
		long[] shape = { batch.size(), length };
		try (OnnxTensor idTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typeTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(types), shape)) {
			Map<String, OnnxTensor> inputs = this.typeIds
					? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
					: Map.of("input_ids", idTensor, "attention_mask", maskTensor);
			try (OrtSession.Result result = this.session.run(inputs)) {
				float[][][] hidden = (float[][][]) result.get(0).getValue();
				List<float[]> pooled = new ArrayList<>();
				for (int row = 0; row < batch.size(); row++) {
					pooled.add(meanOfFirst(hidden[row], batch.get(row).getIds().length));
				}
				return pooled;
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static float[] meanOfFirst(float[][] tokens, int count) {
		float[] mean = new float[tokens[0].length];
		for (int t = 0; t < count; t++) {
			for (int j = 0; j < mean.length; j++) {
				mean[j] += tokens[t][j];
			}
		}
		for (int j = 0; j < mean.length; j++) {
			mean[j] /= count;
		}
		return UnitVectors.normalize(mean);
	}

	@Override
	public void close() throws OrtException {
		this.session.close();
		this.tokenizer.close();
	}

}
