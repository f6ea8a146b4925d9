/**
 * The demo program's practice: simulated learners who practise through the running
 * services, so every page shows real-looking data.
 */
@NullMarked
package io.readyroom.local.demo;

import org.jspecify.annotations.NullMarked;
