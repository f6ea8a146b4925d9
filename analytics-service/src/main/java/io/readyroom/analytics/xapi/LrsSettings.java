package io.readyroom.analytics.xapi;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a program's learning record store takes statements, and with which credentials
 * (HTTP Basic, as xAPI 1.0.3 LRSs take them). The password is never served back.
 *
 * @param endpoint the LRS's xAPI endpoint; statements go to {@code endpoint/statements}
 * @param accountHomePage the home page of the learners' accounts in statements
 */
@Document("lrs_settings")
record LrsSettings(@Id String programId, String endpoint, String username, String password, String accountHomePage,
		Instant updatedAt, String updatedBy) {

	String statementsUrl() {
		return this.endpoint.replaceAll("/+$", "") + "/statements";
	}

}
