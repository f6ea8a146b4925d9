package io.readyroom.identity.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the demo accounts once the server is ready, so whoever started it can sign in; in
 * demo mode only, like every other list of their passwords.
 */
@Component
@ConditionalOnBooleanProperty(IdentityProperties.DEMO_MODE)
class DemoAccountsAnnouncement {

	private static final Log logger = LogFactory.getLog(DemoAccountsAnnouncement.class);

	private final DemoAccountDirectory accounts;

	DemoAccountsAnnouncement(DemoAccountDirectory accounts) {
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		logger.info("Demo accounts:" + DemoAccountsTable.of(this.accounts.all()));
	}

}
