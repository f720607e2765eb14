package io.huiwu.logistics.api;

/** What a telephone number of a hotel or a room may look like: digits and the usual separators, an extension. */
final class PhoneNumbers {

    static final String PATTERN = "\\+?[0-9][0-9 ()#-]{1,28}";
    static final String MESSAGE = "must be a telephone number or extension: digits, spaces, + - ( ) #";

    private PhoneNumbers() {
    }
}
