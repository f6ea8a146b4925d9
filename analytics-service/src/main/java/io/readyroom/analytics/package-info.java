/** The analytics service: read models built from scores and sessions. */
package io.readyroom.analytics;
