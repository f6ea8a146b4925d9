/**
 * The access log: who read which learner's data, and who exported what, as the services
 * reported it on the data-reads topic. Entries are only ever added; no API changes or
 * removes one. A program's directors read theirs page by page, or export it with the
 * other exports.
 */
package io.readyroom.analytics.accesslog;
