package io.readyroom.analytics.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The rules of the xAPI 1.0.3 specification (Part Two, "Experience API Data") that a
 * statement Readyroom sends must keep, as an LRS checks them: each one a violation when
 * broken. Written from the specification's "Requirements" lists, section by section.
 */
public final class XapiStatementRules {

	private static final Set<String> STATEMENT_PROPERTIES = Set.of("id", "actor", "verb", "object", "result", "context",
			"timestamp", "stored", "authority", "version", "attachments");

	private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
			"matching", "performance", "sequencing", "likert", "numeric", "other");

	private static final Set<String> CONTEXT_ACTIVITY_KEYS = Set.of("parent", "grouping", "category", "other");

	/** RFC 5646 language tags as far as an LRS checks them. */
	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

	/** ISO 8601 with the time zone, which xAPI requires of timestamps. */
	private static final Pattern ZONED_TIMESTAMP = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

	private final List<String> violations = new ArrayList<>();

	private XapiStatementRules() {
	}

	public static List<String> violationsOf(JsonNode statement) {
		XapiStatementRules rules = new XapiStatementRules();
		rules.statement(statement);
		return rules.violations;
	}

	private void statement(JsonNode statement) {
		if (!statement.isObject()) {
			fail("a statement is a JSON object");
			return;
		}
		statement.propertyNames()
			.forEach((name) -> check(STATEMENT_PROPERTIES.contains(name), "unknown property " + name));
		if (statement.has("id")) {
			check(isUuid(statement.get("id")), "id must be a UUID");
		}
		agent(statement.get("actor"), "actor");
		verb(statement.get("verb"));
		activity(statement.get("object"), "object");
		if (statement.has("result")) {
			result(statement.get("result"));
		}
		if (statement.has("context")) {
			context(statement.get("context"));
		}
		if (statement.has("timestamp")) {
			check(isTimestamp(statement.get("timestamp")), "timestamp must be ISO 8601 with a time zone");
		}
		if (statement.has("version")) {
			check(statement.get("version").asString().startsWith("1.0."), "version must be 1.0.x");
		}
	}

	/** An Agent is identified by exactly one inverse functional identifier. */
	private void agent(JsonNode agent, String where) {
		if (agent == null || !agent.isObject()) {
			fail(where + " must be an Agent object");
			return;
		}
		if (agent.has("objectType")) {
			check(agent.get("objectType").asString().equals("Agent"), where + ".objectType must be Agent");
		}
		int identifiers = 0;
		if (agent.has("mbox")) {
			identifiers++;
			check(agent.get("mbox").asString().startsWith("mailto:"), where + ".mbox must be a mailto IRI");
		}
		if (agent.has("mbox_sha1sum")) {
			identifiers++;
			check(agent.get("mbox_sha1sum").asString().matches("[0-9a-f]{40}"),
					where + ".mbox_sha1sum must be SHA1 hex");
		}
		if (agent.has("openid")) {
			identifiers++;
			check(isIri(agent.get("openid")), where + ".openid must be a URI");
		}
		if (agent.has("account")) {
			identifiers++;
			JsonNode account = agent.get("account");
			check(account.isObject() && isIri(account.get("homePage")), where + ".account.homePage must be an IRL");
			check(account.isObject() && isText(account.get("name")), where + ".account.name must be a string");
		}
		check(identifiers == 1, where + " must have exactly one inverse functional identifier but has " + identifiers);
	}

	private void verb(JsonNode verb) {
		if (verb == null || !verb.isObject()) {
			fail("verb must be an object");
			return;
		}
		check(isIri(verb.get("id")), "verb.id must be an IRI");
		if (verb.has("display")) {
			languageMap(verb.get("display"), "verb.display");
		}
	}

	private void activity(JsonNode activity, String where) {
		if (activity == null || !activity.isObject()) {
			fail(where + " must be an Activity object");
			return;
		}
		if (activity.has("objectType")) {
			check(activity.get("objectType").asString().equals("Activity"), where + ".objectType must be Activity");
		}
		check(isIri(activity.get("id")), where + ".id must be an IRI");
		JsonNode definition = activity.get("definition");
		if (definition == null) {
			return;
		}
		if (definition.has("type")) {
			check(isIri(definition.get("type")), where + ".definition.type must be an IRI");
		}
		for (String map : List.of("name", "description")) {
			if (definition.has(map)) {
				languageMap(definition.get(map), where + ".definition." + map);
			}
		}
		if (definition.has("interactionType")) {
			check(INTERACTION_TYPES.contains(definition.get("interactionType").asString()),
					where + ".definition.interactionType must be one of " + INTERACTION_TYPES);
		}
		if (definition.has("extensions")) {
			extensions(definition.get("extensions"), where + ".definition.extensions");
		}
	}

	private void result(JsonNode result) {
		JsonNode score = result.get("score");
		if (score != null) {
			if (score.has("scaled")) {
				double scaled = score.get("scaled").asDouble();
				check(score.get("scaled").isNumber() && scaled >= -1 && scaled <= 1,
						"result.score.scaled must be a number from -1 to 1");
			}
			if (score.has("min") && score.has("max")) {
				check(score.get("min").asDouble() < score.get("max").asDouble(), "result.score.min must be below max");
			}
			if (score.has("raw")) {
				double raw = score.get("raw").asDouble();
				check(!score.has("min") || raw >= score.get("min").asDouble(),
						"result.score.raw must not be below min");
				check(!score.has("max") || raw <= score.get("max").asDouble(),
						"result.score.raw must not be above max");
			}
		}
		for (String flag : List.of("success", "completion")) {
			if (result.has(flag)) {
				check(result.get(flag).isBoolean(), "result." + flag + " must be a boolean");
			}
		}
		if (result.has("extensions")) {
			extensions(result.get("extensions"), "result.extensions");
		}
	}

	private void context(JsonNode context) {
		if (context.has("registration")) {
			check(isUuid(context.get("registration")), "context.registration must be a UUID");
		}
		JsonNode activities = context.get("contextActivities");
		if (activities != null) {
			activities.propertyNames().forEach((key) -> {
				check(CONTEXT_ACTIVITY_KEYS.contains(key), "context.contextActivities has unknown key " + key);
				JsonNode value = activities.get(key);
				(value.isArray() ? value.valueStream() : java.util.stream.Stream.of(value))
					.forEach((activity) -> activity(activity, "context.contextActivities." + key));
			});
		}
		if (context.has("extensions")) {
			extensions(context.get("extensions"), "context.extensions");
		}
	}

	private void extensions(JsonNode extensions, String where) {
		check(extensions.isObject(), where + " must be an object");
		extensions.propertyNames().forEach((key) -> check(isIri(key), where + " key " + key + " must be an IRI"));
	}

	private void languageMap(JsonNode map, String where) {
		check(map.isObject() && !map.isEmpty(), where + " must be a language map");
		map.propertyNames().forEach((tag) -> {
			check(LANGUAGE_TAG.matcher(tag).matches(), where + " key " + tag + " must be a language tag");
			check(map.get(tag).isString(), where + "." + tag + " must be a string");
		});
	}

	private static boolean isUuid(JsonNode value) {
		if (!isText(value)) {
			return false;
		}
		try {
			return UUID.fromString(value.asString()).toString().equals(value.asString().toLowerCase());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isIri(JsonNode value) {
		return isText(value) && isIri(value.asString());
	}

	private static boolean isIri(String value) {
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && !value.contains(" ");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean isTimestamp(JsonNode value) {
		if (!isText(value) || !ZONED_TIMESTAMP.matcher(value.asString()).matches()) {
			return false;
		}
		try {
			OffsetDateTime.parse(value.asString());
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static boolean isText(JsonNode value) {
		return value != null && value.isString() && !value.asString().isBlank();
	}

	private void check(boolean holds, String violation) {
		if (!holds) {
			this.violations.add(violation);
		}
	}

	private void fail(String violation) {
		this.violations.add(violation);
	}

}
