package io.huiwu.registration.domain;

public enum Gender {
    FEMALE, MALE
}
