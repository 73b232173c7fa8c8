package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.StaleEditException;
import io.meridian.api.shell.CommandException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceErrorsTest {

    @Test
    void fieldNamesBecomeTheOptionsThatSetThem() {
        Map<String, String> options = PersonOptions.OPTION_OF_FIELD;
        assertEquals("--country", ServiceErrors.option("country", options));
        assertEquals("--tz", ServiceErrors.option("timeZone", options));
        assertEquals("--phone (1st)", ServiceErrors.option("phones[0]", options));
        assertEquals("--email (2nd)", ServiceErrors.option("emails[1]", options));
        assertEquals("--email (2nd)", ServiceErrors.option("emails[1].value", options));
        assertEquals("--in-person-cadence", ServiceErrors.option("inPersonCadenceDays", options));
        assertEquals("--org", ServiceErrors.option("organisationId", options));
        assertEquals("nickname", ServiceErrors.option("nickname", options), "a field without an option keeps its name");
    }

    @Test
    void invalidContactListsEachFieldOnItsOwnLineUnderItsOption() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("country", "\"XX\" is not an ISO 3166-1 country code: use two letters, like DE for Germany or JP for Japan");
        fields.put("phones[1]", "\"12\" is not a valid phone number for DE");
        CommandException e = assertThrows(CommandException.class, () -> ServiceErrors.call("Anna Schmidt", PersonOptions.OPTION_OF_FIELD,
                () -> {
                    throw new InvalidContactException(fields);
                }));
        assertEquals("""
                Anna Schmidt was not saved:
                  --country: "XX" is not an ISO 3166-1 country code: use two letters, like DE for Germany or JP for Japan
                  --phone (2nd): "12" is not a valid phone number for DE""", e.getMessage());
    }

    @Test
    void staleEditSaysToRunTheCommandAgain() {
        CommandException e = assertThrows(CommandException.class, () -> ServiceErrors.call("Anna Schmidt", Map.of(), () -> {
            throw new StaleEditException("changed", 7);
        }));
        assertTrue(e.getMessage().startsWith("Anna Schmidt changed meanwhile"), e.getMessage());
        assertTrue(e.getMessage().contains("version 7") && e.getMessage().contains("run the command again"), e.getMessage());
    }

    @Test
    void notFoundAndBadArgumentsKeepTheServiceMessage() {
        CommandException e = assertThrows(CommandException.class, () -> ServiceErrors.call("x", Map.of(), () -> {
            throw new ContactNotFoundException("contact 42 was erased on 2026-11-20");
        }));
        assertEquals("contact 42 was erased on 2026-11-20", e.getMessage());
        e = assertThrows(CommandException.class, () -> ServiceErrors.run("x", Map.of(), () -> {
            throw new IllegalArgumentException("cadence must be 1–3650 days, not 0");
        }));
        assertEquals("cadence must be 1–3650 days, not 0", e.getMessage());
    }
}
