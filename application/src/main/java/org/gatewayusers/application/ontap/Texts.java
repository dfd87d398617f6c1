package org.gatewayusers.application.ontap;

/** ONTAP clears an optional text with an empty string; the domain knows only "none". */
final class Texts {

    private Texts() {
    }

    static String noneIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
