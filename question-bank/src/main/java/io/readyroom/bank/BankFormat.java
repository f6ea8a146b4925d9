package io.readyroom.bank;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The two formats bank files come in; both refuse duplicate keys, which are authoring
 * mistakes.
 */
public enum BankFormat {

	YAML(YAMLMapper.builder()), JSON(JsonMapper.builder());

	private final ObjectMapper mapper;

	BankFormat(com.fasterxml.jackson.databind.cfg.MapperBuilder<?, ?> builder) {
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
