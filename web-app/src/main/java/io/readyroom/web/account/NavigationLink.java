package io.readyroom.web.account;

/** One entry of the main navigation. */
public record NavigationLink(String label, String href) {

}
