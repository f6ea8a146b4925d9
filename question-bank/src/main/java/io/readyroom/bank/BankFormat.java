package io.readyroom.bank;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The two formats bank files come in; both refuse duplicate keys, which are authoring
 * mistakes.
 */
public enum BankFormat {

	YAML(YAMLMapper.builder()), JSON(JsonMapper.builder());

	private final ObjectMapper mapper;

	BankFormat(MapperBuilder<?, ?> builder) {
		this.mapper = builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
	}

	ObjectMapper mapper() {
		return this.mapper;
	}

	/**
	 * The format a file name's extension announces; YAML unless it ends in {@code .json}.
	 */
	public static BankFormat ofFileName(String name) {
		return name.endsWith(".json") ? JSON : YAML;
	}

}
