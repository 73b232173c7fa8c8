package io.meridian.crm.internal.mapping;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetChoicesTest {

    /** How the page completes a choice for a column: a custom field takes the column's name. */
    private static String forColumn(TargetChoices.Choice choice, String column) {
        return choice.spec().endsWith(":") ? choice.spec() + column : choice.spec();
    }

    @Test
    void everyFieldAMappingAcceptsIsOfferedExceptTheLabelOfAnotherColumn() {
        Set<Target.Field> offered = EnumSet.noneOf(Target.Field.class);
        for (TargetChoices.Choice c : TargetChoices.all()) offered.add(Target.parse(forColumn(c, "Lead Status")).field());
        Set<Target.Field> expected = EnumSet.allOf(Target.Field.class);
        expected.remove(Target.Field.LABEL);
        assertEquals(expected, offered);
    }

    @Test
    void everyChoiceCompletedForAColumnIsAMappingTheImportAccepts() {
        List<String> columns = List.of("E-mail 1 - Value", "Lead Status");
        for (TargetChoices.Choice c : TargetChoices.all()) {
            Mapping mapping = Mapping.of(columns, java.util.Map.of("Lead Status", forColumn(c, "Lead Status")), null, null);
            assertEquals(forColumn(c, "Lead Status"), mapping.columns().get(1).target().spec(), c.toString());
            assertEquals("mapping", mapping.columns().get(1).source());
        }
    }

    @Test
    void choicesAreUniqueAndEachHasANameAndAGroup() {
        Set<String> specs = new HashSet<>();
        for (TargetChoices.Choice c : TargetChoices.all()) {
            assertTrue(specs.add(c.spec()), "listed twice: " + c.spec());
            assertTrue(!c.name().isBlank() && !c.group().isBlank(), c.toString());
        }
    }
}
