package io.meridian.culture.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownBlocksTest {

    @Test
    void headingsParagraphsAndEmphasisBecomeBlocksWithInlineRuns() {
        ArrayNode blocks = MarkdownBlocks.of("# Why the card matters\n\nAddress people as *-san*, and **never**\nyour own name.");
        assertEquals(2, blocks.size());
        assertEquals("heading", blocks.get(0).path("type").asText());
        assertEquals(1, blocks.get(0).path("level").asInt());
        assertEquals("Why the card matters", blocks.get(0).path("content").get(0).path("text").asText());
        JsonNode content = blocks.get(1).path("content");
        assertEquals("Address people as ", content.get(0).path("text").asText());
        assertEquals("emphasis", content.get(1).path("type").asText());
        assertEquals("-san", content.get(1).path("content").get(0).path("text").asText());
        assertEquals("strong", content.get(3).path("type").asText());
        // a soft line break is a space, joined to the text around it
        assertEquals(" your own name.", content.get(4).path("text").asText());
    }

    @Test
    void listsKeepTheirKindStartAndTightness() {
        ArrayNode bullets = MarkdownBlocks.of("- one\n- two\n");
        assertEquals("list", bullets.get(0).path("type").asText());
        assertFalse(bullets.get(0).path("ordered").asBoolean());
        assertTrue(bullets.get(0).path("tight").asBoolean());
        assertEquals(2, bullets.get(0).path("items").size());
        assertEquals("two", bullets.get(0).path("items").get(1).get(0).path("content").get(0).path("text").asText());
        ArrayNode numbered = MarkdownBlocks.of("3. third\n\n4. fourth\n");
        assertTrue(numbered.get(0).path("ordered").asBoolean());
        assertEquals(3, numbered.get(0).path("start").asInt());
        assertFalse(numbered.get(0).path("tight").asBoolean());
    }

    @Test
    void rawHtmlIsKeptAsTextAndNeverAsMarkup() {
        ArrayNode block = MarkdownBlocks.of("<script>alert(1)</script>\n");
        assertEquals("paragraph", block.get(0).path("type").asText());
        assertEquals("text", block.get(0).path("content").get(0).path("type").asText());
        assertEquals("<script>alert(1)</script>", block.get(0).path("content").get(0).path("text").asText());
        ArrayNode inline = MarkdownBlocks.of("Say <img src=x onerror=alert(1)> hello");
        JsonNode content = inline.get(0).path("content");
        assertEquals(1, content.size(), content.toString());
        assertEquals("Say <img src=x onerror=alert(1)> hello", content.get(0).path("text").asText());
    }

    @Test
    void linksKeepOnlyWebAndWorkbenchTargets() {
        JsonNode web = MarkdownBlocks.of("See [JETRO](https://www.jetro.go.jp/en/).").get(0).path("content").get(1);
        assertEquals("link", web.path("type").asText());
        assertEquals("https://www.jetro.go.jp/en/", web.path("href").asText());
        JsonNode route = MarkdownBlocks.of("[Japan](#/kb/country/JP)").get(0).path("content").get(0);
        assertEquals("#/kb/country/JP", route.path("href").asText());
        JsonNode script = MarkdownBlocks.of("[click](javascript:alert(1)) here").get(0).path("content");
        assertEquals(1, script.size(), script.toString());
        assertEquals("click here", script.get(0).path("text").asText());
        assertFalse(MarkdownBlocks.safeTarget("JAVASCRIPT:alert(1)"));
        assertFalse(MarkdownBlocks.safeTarget("data:text/html,x"));
        assertFalse(MarkdownBlocks.safeTarget("//evil.example"));
    }

    @Test
    void imagesShowTheirDescriptionAndCodeStaysLiteral() {
        JsonNode content = MarkdownBlocks.of("A ![map of Japan](https://x.example/jp.png) and `<b>`").get(0).path("content");
        assertEquals("A map of Japan and ", content.get(0).path("text").asText());
        assertEquals("code", content.get(1).path("type").asText());
        assertEquals("<b>", content.get(1).path("text").asText());
        ArrayNode fenced = MarkdownBlocks.of("```\nline one\nline two\n```\n\n> quoted\n\n---\n");
        assertEquals("code", fenced.get(0).path("type").asText());
        assertEquals("line one\nline two", fenced.get(0).path("text").asText());
        assertEquals("quote", fenced.get(1).path("type").asText());
        assertEquals("rule", fenced.get(2).path("type").asText());
    }

    @Test
    void blankTextHasNoBlocks() {
        assertEquals(0, MarkdownBlocks.of("").size());
        assertEquals(0, MarkdownBlocks.of(null).size());
    }
}
