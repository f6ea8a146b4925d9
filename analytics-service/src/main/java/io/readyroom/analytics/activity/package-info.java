/** Practice activity: one record per session, from the session events. */
package io.readyroom.analytics.activity;
