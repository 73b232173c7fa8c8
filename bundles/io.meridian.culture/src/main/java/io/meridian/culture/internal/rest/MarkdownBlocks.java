package io.meridian.culture.internal.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import java.util.Locale;

/**
 * Markdown from culture content as a tree of blocks in JSON, for a client to build its own
 * elements from: no HTML is made here, and none passes through. The content is parsed by
 * CommonMark as for the index; raw HTML in it becomes text, and a link keeps its target only
 * when that is a web address ({@code http:}, {@code https:}) or a workbench route ({@code #/…}).
 *
 * <pre>
 * blocks:  {"type": "heading", "level": 1, "content": [inline…]}   {"type": "paragraph", "content": [inline…]}
 *          {"type": "list", "ordered": false, "tight": true, "items": [[block…]…]}   (ordered lists add "start")
 *          {"type": "quote", "blocks": [block…]}   {"type": "code", "text": "…"}   {"type": "rule"}
 * inline:  {"type": "text", "text": "…"}   {"type": "emphasis" | "strong", "content": [inline…]}
 *          {"type": "code", "text": "…"}   {"type": "link", "href": "https://…", "content": [inline…]}   {"type": "break"}
 * </pre>
 */
final class MarkdownBlocks {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MarkdownBlocks() {
    }

    /** The blocks of {@code markdown}; an empty array for blank text. */
    static ArrayNode of(String markdown) {
        ArrayNode out = NODES.arrayNode();
        blocks(MARKDOWN.parse(markdown == null ? "" : markdown), out);
        return out;
    }

    /** Whether a link may keep its target: the web, or a route of this workbench. */
    static boolean safeTarget(String destination) {
        if (destination == null) return false;
        String d = destination.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("https://") || d.startsWith("http://") || d.startsWith("#/");
    }

    private static void blocks(Node parent, ArrayNode out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                inlineInto(out.addObject().put("type", "heading").put("level", h.getLevel()), h);
            } else if (n instanceof Paragraph) {
                inlineInto(out.addObject().put("type", "paragraph"), n);
            } else if (n instanceof ListBlock list) {
                ObjectNode o = out.addObject().put("type", "list").put("ordered", list instanceof OrderedList).put("tight", list.isTight());
                if (list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null) o.put("start", ordered.getMarkerStartNumber());
                ArrayNode items = o.putArray("items");
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) blocks(item, items.addArray());
                }
            } else if (n instanceof BlockQuote) {
                blocks(n, out.addObject().put("type", "quote").putArray("blocks"));
            } else if (n instanceof FencedCodeBlock code) {
                out.addObject().put("type", "code").put("text", stripFinalNewline(code.getLiteral()));
            } else if (n instanceof IndentedCodeBlock code) {
                out.addObject().put("type", "code").put("text", stripFinalNewline(code.getLiteral()));
            } else if (n instanceof HtmlBlock html) {
                // shown as the text it is: content is never allowed to bring markup of its own
                ObjectNode p = out.addObject().put("type", "paragraph");
                p.putArray("content").addObject().put("type", "text").put("text", html.getLiteral().strip());
            } else if (n instanceof ThematicBreak) {
                out.addObject().put("type", "rule");
            }
            // link reference definitions have been applied to their links and show nothing themselves
        }
    }

    private static void inlineInto(ObjectNode block, Node parent) {
        inlines(parent, block.putArray("content"));
    }

    private static void inlines(Node parent, ArrayNode out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                text(out, t.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                text(out, " ");
            } else if (n instanceof HardLineBreak) {
                out.addObject().put("type", "break");
            } else if (n instanceof Emphasis) {
                inlines(n, out.addObject().put("type", "emphasis").putArray("content"));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, out.addObject().put("type", "strong").putArray("content"));
            } else if (n instanceof Code code) {
                out.addObject().put("type", "code").put("text", code.getLiteral());
            } else if (n instanceof Link link) {
                if (safeTarget(link.getDestination())) {
                    inlines(n, out.addObject().put("type", "link").put("href", link.getDestination().strip()).putArray("content"));
                } else {
                    inlines(n, out);
                }
            } else if (n instanceof Image) {
                inlines(n, out); // its description, as text: culture content shows no pictures
            } else if (n instanceof HtmlInline html) {
                text(out, html.getLiteral());
            } else {
                inlines(n, out);
            }
        }
    }

    /** Adds text, joined to the text before it: one run per stretch of plain words. */
    private static void text(ArrayNode out, String text) {
        if (text.isEmpty()) return;
        if (!out.isEmpty()) {
            ObjectNode last = (ObjectNode) out.get(out.size() - 1);
            if ("text".equals(last.path("type").asText())) {
                last.put("text", last.path("text").asText() + text);
                return;
            }
        }
        out.addObject().put("type", "text").put("text", text);
    }

    private static String stripFinalNewline(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }
}
