package io.meridian.workbench.internal.http;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The anti-forgery value the workbench's own pages send with every request that changes
 * something. It is derived from the access token, so it needs no storage and survives a
 * restart, and cannot be turned back into the token. The frame page carries it in a
 * {@code <meta>} element; a page from elsewhere cannot read that page, so cannot send it.
 */
public final class Csrf {

    /** The request header that carries it. */
    public static final String HEADER = "X-Meridian-CSRF";

    private Csrf() {
    }

    public static String derive(String accessToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(accessToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] value = mac.doFinal("meridian-csrf-v1".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
