package io.meridian.workbench.internal.http;

/** Escaping for text placed in HTML, so that no value from a bundle or a user becomes markup. */
public final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} replaced by entities; safe in element content and quoted attributes. */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
