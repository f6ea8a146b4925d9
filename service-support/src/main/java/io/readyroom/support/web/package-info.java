/** RFC 9457 problem responses that say what is wrong with a request. */
package io.readyroom.support.web;
