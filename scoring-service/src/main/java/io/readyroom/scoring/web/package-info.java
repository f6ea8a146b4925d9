/** Problem responses of the scoring API. */
package io.readyroom.scoring.web;
