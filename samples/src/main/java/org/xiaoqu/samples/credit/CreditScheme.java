package org.xiaoqu.samples.credit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample credit scheme written as {@code credit-scheme.yaml} beside the city's xiaoqu.yaml (a resource here). */
final class CreditScheme {
    private CreditScheme() {}

    static String text() {
        try (InputStream in = CreditScheme.class.getResourceAsStream("credit-scheme.yaml")) {
            if (in == null) {
                throw new IllegalStateException("credit-scheme.yaml missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
